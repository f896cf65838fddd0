/**
 * A small seeded PRNG (mulberry32) for the program fuzzer: the same seed gives the same programs
 * and the same inputs on every machine, so a failure is replayed by its seed and index alone.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)],
    chance: (probability: number): boolean => next() < probability,
  };
}

/** A seed for program `index` of campaign `seed`: well mixed, so nearby seeds give unrelated programs. */
export function programSeed(seed: number, index: number): number {
  return mix(mix(seed ^ 0x9e3779b9) + Math.imul(index, 0x85ebca6b));
}

/** murmur3's 32-bit finaliser. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
