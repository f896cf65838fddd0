import createKnex, { type Knex } from 'knex';
import { QueryCounter } from './counter';
import { SqliteFile } from './sqlite-file';
import { plainItems, type OrmHarness } from './types';

export function knexOn(file: string, counter: QueryCounter): Knex {
  const knex = createKnex({ client: 'better-sqlite3', connection: { filename: file }, useNullAsDefault: true });
  knex.on('query', (query: { sql: string }) => counter.record(query.sql));
  return knex;
}

/** Knex on better-sqlite3; queries are counted by Knex's `query` event. */
export async function openKnex(): Promise<OrmHarness> {
  const sqlite = new SqliteFile('knex');
  const counter = new QueryCounter();
  const knex = knexOn(sqlite.file, counter);
  return {
    orm: 'knex',
    engine: 'sqlite',
    counter,
    makeDb: () => ({ knex }),
    load: async (data) => sqlite.load(data),
    dump: async () => sqlite.dump(),
    prepareItems: plainItems,
    close: async () => {
      await knex.destroy();
      sqlite.close();
    },
  };
}
