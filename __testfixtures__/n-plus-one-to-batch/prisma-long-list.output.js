// orm: prisma
// items: userIds
// long: 1200
// queries: before=n after=batches(distinct(items))
// More distinct keys than one query may bind: one query per 500 keys.
export async function run(db, items) {
  const names = [];
  const ids = Array.from(new Set(items));
  const userById = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: ids.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const id of items) {
    const user = userById.get(id) ?? null;
    names.push(user === null ? '-' : user.name);
  }
  return names;
}
