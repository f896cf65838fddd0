import type { MeasureOptions } from './measure';

/**
 * Calls per second of an async function, each call awaited before the next starts (so a call's
 * time is its latency, not just the time to create its promise). Runs at least `minSamples`
 * calls and then until `maxTime` seconds have passed.
 */
export async function hzOfAsync(fn: (...args: unknown[]) => unknown, args: unknown[], options: MeasureOptions): Promise<number> {
  // One untimed call: connections, JIT and caches warm up for both sides alike.
  await fn(...args);
  const minCalls = Math.max(2, options.minSamples);
  const budget = options.maxTime * 1000;
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (calls < minCalls || elapsed < budget) {
    await fn(...args);
    calls++;
    elapsed = performance.now() - start;
  }
  return (calls * 1000) / elapsed;
}

/** Before and after alternated in rounds, as `measurePair` does for synchronous code. */
export async function measurePairAsync(
  before: ((...args: unknown[]) => unknown) | null,
  after: (...args: unknown[]) => unknown,
  args: unknown[],
  options: MeasureOptions,
): Promise<{ beforeHz: number | null; afterHz: number }> {
  const beforeRates: number[] = [];
  const afterRates: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const side of order) {
      if (side === 'before' && before) beforeRates.push(await hzOfAsync(before, args, options));
      if (side === 'after') afterRates.push(await hzOfAsync(after, args, options));
    }
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return { beforeHz: before ? mean(beforeRates) : null, afterHz: mean(afterRates) };
}
