export async function run(db, items) {
  const keys = [...new Set(items)];
  const byId = new Map();
  for (let i = 0; i < keys.length; i += 500) for (const row of await db.users.getByIds(keys.slice(i, i + 500))) byId.set(row.id, row);
  const out = [];
  for (const id of items) out.push(byId.get(id) ?? null);
  return out;
}
