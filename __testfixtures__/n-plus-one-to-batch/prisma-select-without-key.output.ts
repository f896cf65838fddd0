// orm: prisma
// items: userIds
// queries: before=n after=batches(distinct(items))
// The batched query must select id to index the rows; the results must not show it.
export async function run(db: any, items: number[]) {
  const found = [];
  const ids = Array.from(new Set(items));
  const userById = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: ids.slice(i, i + 500) } }, select: { name: true, email: true, id: true } });
    for (const { id: key, ...row } of rows) userById.set(key, row);
  }
  for (const id of items) {
    found.push(userById.get(id) ?? null);
  }
  return found;
}
