// orm: prisma
// items: userIds
// long: 1200
// queries: before=n after=batches(distinct(items))
// More distinct keys than one query may bind: one query per 500 keys.
export async function run(db, items) {
  const names = [];
  for (const id of items) {
    const user = await db.prisma.user.findUnique({ where: { id } });
    names.push(user === null ? '-' : user.name);
  }
  return names;
}
