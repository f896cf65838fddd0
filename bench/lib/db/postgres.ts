import { COLUMNS, createTablesSql, TABLES, type Dataset } from '../../../__tests__/harness/orm/schema';

/**
 * The PostgreSQL engine of the N+1 benchmarks: embedded PGlite (PostgreSQL compiled to WASM, in
 * this process) by default, a PostgreSQL server when DATABASE_URL is set (through `pg`). Both
 * get the fixed schema of the N+1 tests and the same rows.
 */
export interface PostgresEngine {
  /** 'postgres (PGlite, embedded)' or 'postgres (server)', for the rows' `engine`. */
  label: string;
  kind: 'pglite' | 'server';
  /** The client the ORMs are built on: a PGlite instance, or a `pg` Pool. */
  client: unknown;
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

export async function openPostgres(): Promise<PostgresEngine> {
  const url = process.env.DATABASE_URL;
  if (url) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Pool } = require('pg') as typeof import('pg');
    // Every connection of the pool (it may replace idle ones) searches the bench's own schema.
    const pool = new Pool({ connectionString: url, max: 1, options: '-c search_path=perfmod_bench' });
    return {
      label: 'postgres (server)',
      kind: 'server',
      client: pool,
      query: async (text, params) => pool.query(text, params as unknown[]),
      close: () => pool.end(),
    };
  }
  // PGlite is an ES module with a CommonJS build; tsx and jest load the latter.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
  const pglite = new PGlite();
  await pglite.waitReady;
  return {
    label: 'postgres (PGlite, embedded)',
    kind: 'pglite',
    client: pglite,
    query: async (text, params) => pglite.query<Record<string, unknown>>(text, params as unknown[]),
    close: () => pglite.close(),
  };
}

/**
 * Creates the tables (in a schema of their own on a server, so a shared database is left alone)
 * and loads the rows in multi-row INSERTs.
 */
export async function loadPostgres(engine: PostgresEngine, data: Dataset): Promise<void> {
  if (engine.kind === 'server') {
    await engine.query('DROP SCHEMA IF EXISTS perfmod_bench CASCADE');
    await engine.query('CREATE SCHEMA perfmod_bench');
  } else {
    for (const table of [...TABLES].reverse()) await engine.query(`DROP TABLE IF EXISTS "${table}"`);
  }
  for (const statement of createTablesSql('postgres')) await engine.query(statement);
  for (const table of TABLES) {
    const columns = COLUMNS[table];
    const rows = data[table] as unknown as Record<string, unknown>[];
    const perInsert = Math.floor(30_000 / columns.length);
    for (let start = 0; start < rows.length; start += perInsert) {
      const chunk = rows.slice(start, start + perInsert);
      const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
      await engine.query(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`,
        chunk.flatMap((row) => columns.map((c) => row[c])),
      );
    }
  }
  await engine.query('ANALYZE');
}
