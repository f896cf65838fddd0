import type { TransformOptions } from '../../src/engine/types';

/**
 * A benchmark of code that talks to a database (the N+1 transform): before and after run
 * against a real engine, with the same rows, and the rows of its results also record the ORM,
 * the engine and the queries each side sent.
 */
export interface DbBenchCase {
  /** Table and JSON name, e.g. `drizzle/author-by-id`. */
  name: string;
  /** The client `db` is built from: on PostgreSQL `drizzle`, `knex`, `service`; on SQLite any ORM of the N+1 tests. */
  orm: string;
  engine: 'postgres' | 'sqlite';
  /** The "before" module, relative to `bench/`; it exports `entry(db, items)`. */
  file: string;
  /** Default `run`. */
  entry?: string;
  /** The loop items for size n (a fresh copy is passed to every call: the code may write to them). */
  items(n: number): unknown[];
  /** Default 10, 100, 1000, 10000 (quick: 10, 100). */
  sizes?: number[];
  /** Per-transform options the transform runs with (e.g. declared batch methods). */
  config?: TransformOptions['config'];
}

export interface DbBenchSuite {
  transform: string;
  kind: 'db';
  cases: DbBenchCase[];
}

export function defineDbBench(suite: Omit<DbBenchSuite, 'kind'>): DbBenchSuite {
  return { ...suite, kind: 'db' };
}

export function isDbSuite(suite: unknown): suite is DbBenchSuite {
  return (suite as { kind?: unknown }).kind === 'db';
}
