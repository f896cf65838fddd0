// orm: prisma
// items: existingUserIds
// queries: before=n after=batches(distinct(items))
export async function run(db, items) {
  const users = [];
  for (const id of items) {
    users.push(await db.prisma.user.findUniqueOrThrow({ where: { id } }));
  }
  return users;
}
