// Queries whose text starts with SELECT are reads: two of them may run together.
type Db = { query(sql: string, params?: unknown[]): Promise<string> };

// @perfmod-check counts(g.service(['query']), g.int())
export async function counts(db: Db, id: number) {
  const users = await db.query('SELECT count(*) FROM users WHERE org = $1', [id]);
  const teams = await db.query(`select count(*) from teams where org = ${id}`);
  return { users, teams };
}
