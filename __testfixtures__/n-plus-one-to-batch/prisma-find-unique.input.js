// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
export async function run(db, items) {
  const { prisma } = db;
  for (const post of items) {
    post.author = await prisma.user.findUnique({ where: { id: post.authorId } });
  }
  return items;
}
