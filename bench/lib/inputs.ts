/** Deterministic input builders: the same n always gives the same data, so runs compare. */

/** mulberry32: a tiny seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** Two arrays of n distinct numbers each, sharing about half of their values, in random order. */
export function overlappingNumbers(n: number, seed = 1): [number[], number[]] {
  const half = Math.floor(n / 2);
  return [shuffled(range(0, n), seed), shuffled(range(half, n), seed + 1)];
}

/** n picks from `pool`, uniformly (duplicates and misses as real data has them). */
export function picks<T>(pool: T[], n: number, seed: number): T[] {
  const next = random(seed);
  return Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]);
}

/**
 * `count` keys drawn from the m known keys 0 … m-1, except that a share `missRate` of them are
 * unknown keys (m and above): the hit rate stays the same whatever m is.
 */
export function keysAmong(m: number, count: number, missRate: number, seed: number): number[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const key = Math.floor(next() * m);
    return next() < missRate ? m + key : key;
  });
}
