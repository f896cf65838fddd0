// caught: prototype
// Wrong: raw rows (plain objects) where the repository gives User entities.
export async function run(db, items) {
  const keys = [...new Set(items.map((p) => p.authorId))];
  const rows = keys.length === 0 ? [] : await db.dataSource.query(`SELECT * FROM "users" WHERE "id" IN (${keys.map(() => '?').join(',')})`, keys);
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const p of items) p.author = byId.get(p.authorId) ?? null;
  return items;
}
