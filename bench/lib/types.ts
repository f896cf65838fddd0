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
  /** Arguments for size n. Deterministic; the code under test must not mutate them (they are reused). */
  input(n: number): unknown[];
  /**
   * Largest n at which the "before" code still runs: quadratic code at 10^5 takes seconds per
   * call. Above it only "after" is timed and before/after are not compared.
   */
  maxBeforeN?: number;
}

export interface BenchSuite {
  transform: string;
  cases: BenchCase[];
}

/** Identity helper that gives a bench file its types. */
export function defineBench(suite: BenchSuite): BenchSuite {
  return suite;
}

/** One JSON row of `bench/results/<transform>.json`. `beforeHz`/`speedup` are null where before was not run. */
export interface BenchRow {
  transform: string;
  case: string;
  n: number;
  beforeHz: number | null;
  afterHz: number;
  speedup: number | null;
}
