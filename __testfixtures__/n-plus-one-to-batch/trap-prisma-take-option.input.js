// orm: prisma
// items: userIds
// take applies per query: one batched query would take 2 posts in all, not 2 per user.
export async function run(db, items) {
  const out = [];
  for (const id of items) {
    out.push(await db.prisma.post.findMany({ where: { authorId: id }, orderBy: { id: 'asc' }, take: 2 }));
  }
  return out;
}
