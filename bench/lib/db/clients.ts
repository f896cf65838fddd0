import { bigint, integer, pgTable, text } from 'drizzle-orm/pg-core';
import createKnex, { type Knex } from 'knex';
import { QueryCounter } from '../../../__tests__/harness/orm/counter';
import type { PostgresEngine } from './postgres';

/**
 * The clients the N+1 benchmark cases run on PostgreSQL (PGlite or a server), each counting its
 * queries with its own hook: drizzle (`logger`), knex (`query` event), and a user-declared
 * service over raw SQL (`users.getById` / `users.getByIds`, declared to the transform in the
 * bench's config), which stands for hand-written data access.
 */

export const users = pgTable('users', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull(),
});
export const posts = pgTable('posts', {
  id: integer('id').primaryKey(),
  authorId: integer('authorId').notNull(),
  title: text('title').notNull(),
  createdAt: bigint('createdAt', { mode: 'number' }).notNull(),
});
export const comments = pgTable('comments', {
  id: integer('id').primaryKey(),
  postId: integer('postId').notNull(),
  body: text('body').notNull(),
  createdAt: bigint('createdAt', { mode: 'number' }).notNull(),
});

export type PgOrm = 'drizzle' | 'knex' | 'service';

export interface PgClient {
  db: Record<string, unknown>;
  counter: QueryCounter;
  close(): Promise<void>;
}

export async function pgClient(orm: PgOrm, engine: PostgresEngine): Promise<PgClient> {
  const counter = new QueryCounter();
  switch (orm) {
    case 'drizzle': {
      const logger = { logQuery: (query: string) => counter.record(query) };
      /* eslint-disable @typescript-eslint/no-require-imports */
      const drizzle = engine.kind === 'pglite'
        ? (require('drizzle-orm/pglite') as typeof import('drizzle-orm/pglite')).drizzle({ client: engine.client as never, logger })
        : (require('drizzle-orm/node-postgres') as typeof import('drizzle-orm/node-postgres')).drizzle({ client: engine.client as never, logger });
      /* eslint-enable @typescript-eslint/no-require-imports */
      return { db: { drizzle, users, posts, comments }, counter, close: async () => {} };
    }
    case 'knex': {
      const knex = knexOn(engine);
      knex.on('query', (query: { sql: string }) => counter.record(query.sql));
      return { db: { knex }, counter, close: () => knex.destroy() };
    }
    case 'service': {
      const usersService = {
        async getById(id: number) {
          counter.record('getById');
          return (await engine.query('SELECT * FROM "users" WHERE "id" = $1', [id])).rows[0] ?? null;
        },
        async getByIds(ids: readonly number[]) {
          counter.record('getByIds');
          return (await engine.query('SELECT * FROM "users" WHERE "id" = ANY($1)', [ids])).rows;
        },
      };
      return { db: { users: usersService }, counter, close: async () => {} };
    }
  }
}

/** Knex's PostgreSQL dialect; on PGlite through a small connection class in place of `pg`. */
function knexOn(engine: PostgresEngine): Knex {
  if (engine.kind === 'server') {
    return createKnex({ client: 'pg', connection: process.env.DATABASE_URL, searchPath: ['perfmod_bench'], pool: { min: 1, max: 1 } });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PgDialect = require('knex/lib/dialects/postgres') as new (config: Knex.Config) => object;
  const pglite = engine.client as { query(text: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }> };
  class PgliteConnection {
    on(): void {}
    async connect(): Promise<void> {}
    query(config: string | { text: string; values?: unknown[] }, callback: (error: unknown, response?: unknown) => void): void {
      const { text, values } = typeof config === 'string' ? { text: config, values: [] } : config;
      pglite.query(text, values).then(
        (result) => callback(null, {
          rows: result.rows,
          rowCount: result.affectedRows ?? result.rows.length,
          command: (/^\s*(\w+)/.exec(text)?.[1] ?? '').toUpperCase().replace('WITH', 'SELECT'),
        }),
        (error) => callback(error),
      );
    }
    end(callback?: () => void): void {
      callback?.();
    }
  }
  class PgliteDialect extends (PgDialect as new (config: Knex.Config) => { _driver(): unknown }) {
    _driver() {
      return { Client: PgliteConnection };
    }
  }
  return createKnex({ client: PgliteDialect as unknown as typeof Knex.Client, connection: {}, pool: { min: 1, max: 1 } });
}
