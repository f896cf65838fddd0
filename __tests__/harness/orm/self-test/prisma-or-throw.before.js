// orm: prisma
// items: userIds
// queries: before=n after=batches(distinct(items))
export async function run(db, items) {
  const names = [];
  for (const id of items) {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id } });
    names.push(user.name);
  }
  return names;
}
