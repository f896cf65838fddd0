import Database from 'better-sqlite3';
import { QueryCounter } from './counter';
import { SqliteFile } from './sqlite-file';
import { plainItems, type OrmHarness } from './types';

/**
 * A user-declared service over SQLite, as `perfmod.config.json` declares it
 * (`{ "single": "users.getById", "batch": "users.getByIds", "key": "id" }`): `getById` gives one
 * row or null, `getByIds` the rows found in table order (missing ones absent), `touch` an
 * undeclared write (a no-op UPDATE) for the traps. Each call is one
 * query, counted by the service itself.
 */
export async function openService(): Promise<OrmHarness> {
  const sqlite = new SqliteFile('service');
  const counter = new QueryCounter();
  const client = new Database(sqlite.file);
  const byId = client.prepare('SELECT * FROM "users" WHERE "id" = ?');
  const touch = client.prepare('UPDATE "users" SET "name" = "name" WHERE "id" = ?');
  const users = {
    async getById(id: number) {
      counter.record(`getById(${id})`);
      return byId.get(id) ?? null;
    },
    /** A write the transform is not told about (traps call it): one query, changes no value. */
    async touch(id: number) {
      counter.record(`touch(${id})`);
      touch.run(id);
    },
    async getByIds(ids: readonly number[]) {
      counter.record(`getByIds(${ids.length} ids)`);
      return client.prepare(`SELECT * FROM "users" WHERE "id" IN (${ids.map(() => '?').join(', ')}) ORDER BY rowid`).all(...ids);
    },
  };
  return {
    orm: 'service',
    engine: 'sqlite',
    counter,
    makeDb: () => ({ users }),
    load: async (data) => sqlite.load(data),
    dump: async () => sqlite.dump(),
    prepareItems: plainItems,
    close: async () => {
      client.close();
      sqlite.close();
    },
  };
}
