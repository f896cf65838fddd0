// Effects through shared state with no syntactic link between the calls.
import { readFile, writeFile } from 'node:fs/promises';

interface Db { insert(row: unknown): Promise<void>; count(): Promise<number>; findAll(): Promise<unknown[]> }

export async function insertThenCount(db: Db, row: unknown) {
  await db.insert(row);
  const n = await db.count();
  const all = await db.findAll();
  return [n, all];
}

export async function writeThenRead(path: string, text: string) {
  await writeFile(path, text);
  const back = await readFile(path, 'utf8');
  return back;
}

export async function receiverState(client: { connect(): Promise<void>; conn: { query(q: string): Promise<unknown> } }) {
  await client.connect();
  const rows = await client.conn.query('select 1');
  return rows;
}

class Session {
  token = '';
  async login(): Promise<void> { this.token = 'x'; }
  async refresh(): Promise<string> { return this.token; }
  async start() {
    await this.login();
    const t = await this.refresh();
    return t;
  }
}

export async function session() {
  return new Session().start();
}

class Repo {
  client: { fetchRows(): Promise<string[]> } | null = null;
  async prepare(): Promise<void> { this.client = { fetchRows: async () => ['row'] }; }
  async rows() {
    await this.prepare();
    const rows = await this.client!.fetchRows();
    return rows;
  }
}

export async function repo() {
  return new Repo().rows();
}
