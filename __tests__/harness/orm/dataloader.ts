import DataLoader from 'dataloader';
import { QueryCounter } from './counter';
import { knexOn } from './knex';
import { SqliteFile } from './sqlite-file';
import { plainItems, type OrmHarness } from './types';

/**
 * The real `dataloader` package over Knex on SQLite: `userLoader` (a user or null per id) and
 * `postsByAuthorLoader` (the author's posts ordered by id, [] when none). Loaders cache, so each
 * run gets fresh ones. A query is one call of a batch function (each sends one Knex query).
 */
export async function openDataloader(): Promise<OrmHarness> {
  const sqlite = new SqliteFile('dataloader');
  const counter = new QueryCounter();
  // Knex's own hook is not counted: a batch call is the unit here (and is exactly one Knex query).
  const knex = knexOn(sqlite.file, new QueryCounter());
  const makeDb = () => ({
    userLoader: new DataLoader<number, unknown>(async (ids) => {
      counter.record(`users by id: ${ids.join(', ')}`);
      const rows: Array<{ id: number }> = await knex('users').whereIn('id', [...ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    postsByAuthorLoader: new DataLoader<number, unknown[]>(async (authorIds) => {
      counter.record(`posts by author: ${authorIds.join(', ')}`);
      const rows: Array<{ authorId: number }> = await knex('posts').whereIn('authorId', [...authorIds]).orderBy('id');
      return authorIds.map((id) => rows.filter((row) => row.authorId === id));
    }),
  });
  return {
    orm: 'dataloader',
    engine: 'sqlite',
    counter,
    makeDb,
    load: async (data) => sqlite.load(data),
    dump: async () => sqlite.dump(),
    prepareItems: plainItems,
    close: async () => {
      await knex.destroy();
      sqlite.close();
    },
  };
}
