import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COLUMNS, createTablesSql, TABLES, type Dataset } from './schema';

/**
 * A fresh SQLite database file with the fixed schema, and a side connection (better-sqlite3)
 * that replaces all rows between cases in one transaction. The ORM under test opens the same
 * file with its own driver; SQLite makes each committed write visible to its next statement.
 */
export class SqliteFile {
  readonly file: string;
  private readonly dir: string;
  private readonly seeder: Database.Database;

  constructor(label: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `perfmod-${label}-`));
    this.file = path.join(this.dir, 'db.sqlite');
    this.seeder = new Database(this.file);
    // Test data only: durability does not matter, speed does.
    this.seeder.pragma('synchronous = OFF');
    for (const statement of createTablesSql('sqlite')) this.seeder.exec(statement);
  }

  /** Replaces every table's rows with `data`, inserted in the order given. */
  load(data: Dataset): void {
    loadSqlite(this.seeder, data);
  }

  /** Every row of every table, in table order: the side effects a run left in the database. */
  dump(): Dataset {
    return dumpSqlite(this.seeder);
  }

  close(): void {
    this.seeder.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Deletes all rows and inserts `data` in one transaction. */
export function loadSqlite(db: Database.Database, data: Dataset): void {
  db.transaction(() => {
    for (const table of [...TABLES].reverse()) db.exec(`DELETE FROM "${table}"`);
    for (const table of TABLES) {
      const columns = COLUMNS[table];
      const insert = db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of data[table] as unknown as Record<string, unknown>[]) insert.run(...columns.map((c) => row[c]));
    }
  })();
}

export function dumpSqlite(db: Database.Database): Dataset {
  const read = (table: string) => db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
  return { users: read('users'), posts: read('posts'), comments: read('comments') } as Dataset;
}
