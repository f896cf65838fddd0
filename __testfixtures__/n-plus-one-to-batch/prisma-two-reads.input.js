// orm: prisma
// items: posts
// queries: before=2*n after=batches(distinct(items.map((p) => p.authorId))) + batches(distinct(items.map((p) => p.id)))
// Two reads per item, each batched on its own.
export async function run(db, items) {
  const { prisma } = db;
  const out = [];
  for (const post of items) {
    const author = await prisma.user.findUnique({ where: { id: post.authorId } });
    const comments = await prisma.comment.findMany({ where: { postId: post.id }, orderBy: { id: 'asc' } });
    out.push({ id: post.id, author, comments });
  }
  return out;
}
