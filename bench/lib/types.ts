import type { MeasureOptions } from './measure';

/**
 * What a `bench/<transform>.bench.ts` file declares. The "after" code is never written: the
 * runner produces it by applying the transform to the "before" module at benchmark time.
 */
export interface BenchCase {
  /** Short name, used in the table and the JSON rows. */
  name: string;
  /** The "before" module (a real TypeScript module), relative to the `bench/` folder (or absolute). */
  file: string;
  /** The exported function that is timed. */
  entry: string;
  /**
   * Arguments for size n (and, for a `grid` case, collection size m). Deterministic; the code under
   * test must not mutate them (they are reused).
   */
  input(n: number, m?: number): unknown[];
  /**
   * Largest n at which the "before" code still runs: quadratic code at 10^5 takes seconds per
   * call. Above it only "after" is timed and before/after are not compared.
   */
  maxBeforeN?: number;
  /**
   * The sizes this case is measured at in a full run (default: the runner's 10 … 10^5).
   * `--sizes` replaces them; `--quick` keeps only the smallest and the largest.
   */
  sizes?: number[];
  /**
   * Set for a case that sweeps the size m of the scanned/indexed collection while the outer loop
   * has a fixed number of items: `input(m)` receives m, and the rows record `n` = this fixed count
   * and `m` = the swept size. Without it both collections have about n elements.
   */
  fixedN?: number;
  /**
   * A k×m sweep: every outer count n (the lookups per index, k) against every collection size m;
   * `input(n, m)`. Rows record both. `--quick` keeps the four corners; `--sizes` is ignored.
   */
  grid?: { n: number[]; m: number[] };
  /** Timing for this case in a full run, over the defaults (tiny sizes need longer sampling to be stable). */
  measure?: Partial<MeasureOptions>;
  /** The entry returns a promise: each call is awaited and timed to its settlement (one call at a time). */
  async?: boolean;
  /** Sizes for a `--quick` run instead of the smallest and largest of `sizes`. */
  quickSizes?: number[];
}

export interface BenchSuite {
  transform: string;
  cases: BenchCase[];
  /** Runs before the first case (e.g. starts a local server); returns what stops it after the last. */
  setup?(): Promise<() => Promise<void>>;
  /** Panel titles and axis labels of the plot, when the sizes are not collection sizes. */
  plot?: import('./plot').PlotLabels;
}

/** Identity helper that gives a bench file its types. */
export function defineBench(suite: BenchSuite): BenchSuite {
  return suite;
}

/**
 * One JSON row of `bench/results/<transform>.json`. `beforeHz`/`speedup` are null where before was
 * not run. `m` is present only for a case with a fixed outer size (`fixedN`): then `n` is the
 * outer count and `m` the swept collection size; otherwise both collections have n elements.
 */
export interface BenchRow {
  transform: string;
  case: string;
  n: number;
  m?: number;
  beforeHz: number | null;
  afterHz: number;
  speedup: number | null;
  /** Database benchmarks (N+1) only: the client, the engine, and the queries one call of each side sent. */
  orm?: string;
  engine?: string;
  queriesBefore?: number;
  queriesAfter?: number;
}

/** The size a row was swept over: m for a fixed-outer case, n otherwise. */
export function sweptSize(row: BenchRow): number {
  return row.m ?? row.n;
}
