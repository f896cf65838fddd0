// orm: prisma
// items: userIds
// queries: before=n after=batches(distinct(items))
// The batched query must select id to index the rows; the results must not show it.
export async function run(db: any, items: number[]) {
  const found = [];
  for (const id of items) {
    found.push(await db.prisma.user.findUnique({ where: { id }, select: { name: true, email: true } }));
  }
  return found;
}
