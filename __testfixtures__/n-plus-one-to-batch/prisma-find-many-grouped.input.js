// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
// One-to-many: every post gets its comments, [] when it has none, in createdAt order.
export async function run(db, items) {
  for (const post of items) {
    post.comments = await db.prisma.comment.findMany({ where: { postId: post.id }, orderBy: { createdAt: 'asc' } });
  }
  return items;
}
