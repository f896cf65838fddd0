import Benchmark from 'benchmark';

export interface MeasureOptions {
  /** Seconds benchmark.js samples each side for, at most (per round). */
  maxTime: number;
  /** Seconds per sample cycle, at least (0: benchmark.js derives it from the timer resolution). */
  minTime: number;
  minSamples: number;
  /** Before/after are timed in this many alternating rounds (before-after, after-before, ...). */
  rounds: number;
}

export const FULL_MEASURE: MeasureOptions = { maxTime: 1, minTime: 0, minSamples: 5, rounds: 2 };
export const QUICK_MEASURE: MeasureOptions = { maxTime: 0.05, minTime: 0.01, minSamples: 2, rounds: 1 };

// Results are written here so the engine cannot prove them unused and drop the call.
let sink: unknown;
export function lastSink(): unknown {
  return sink;
}

/** Operations per second of `fn(...args)` (one benchmark.js run, synchronous). */
export function hzOf(fn: (...args: unknown[]) => unknown, args: unknown[], options: MeasureOptions): number {
  const bench = new Benchmark({
    fn: () => {
      sink = fn(...args);
    },
    maxTime: options.maxTime,
    minTime: options.minTime,
    minSamples: options.minSamples,
  });
  bench.run({ async: false });
  const error = (bench as unknown as { error?: unknown }).error;
  if (error) throw error;
  return bench.hz;
}

/**
 * Times before and after alternately in one process, so drift (JIT warm-up, GC, thermal) hits
 * both sides alike; returns the mean rate of each side. `before` null: only after is timed.
 */
export function measurePair(
  before: ((...args: unknown[]) => unknown) | null,
  after: (...args: unknown[]) => unknown,
  args: unknown[],
  options: MeasureOptions,
): { beforeHz: number | null; afterHz: number } {
  const beforeRates: number[] = [];
  const afterRates: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const side of order) {
      if (side === 'before' && before) beforeRates.push(hzOf(before, args, options));
      if (side === 'after') afterRates.push(hzOf(after, args, options));
    }
  }
  return { beforeHz: before ? mean(beforeRates) : null, afterHz: mean(afterRates) };
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
