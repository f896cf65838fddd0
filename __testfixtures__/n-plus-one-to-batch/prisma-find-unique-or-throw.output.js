// orm: prisma
// items: existingUserIds
// queries: before=n after=batches(distinct(items))
export async function run(db, items) {
  const users = [];
  const ids = Array.from(new Set(items));
  const userById = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: ids.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const id of items) {
    users.push(userById.get(id) ?? (await db.prisma.user.findUniqueOrThrow({ where: { id } })));
  }
  return users;
}
