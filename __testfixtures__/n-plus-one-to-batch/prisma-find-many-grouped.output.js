// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
// One-to-many: every post gets its comments, [] when it has none, in createdAt order.
export async function run(db, items) {
  const ids = Array.from(new Set(items.map((post) => post.id)));
  const commentByPostId = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.prisma.comment.findMany({ where: { postId: { in: ids.slice(i, i + 500) } }, orderBy: { createdAt: 'asc' } });
    for (const row of rows) {
      const group = commentByPostId.get(row.postId);
      if (group) group.push(row);
      else commentByPostId.set(row.postId, [row]);
    }
  }
  for (const post of items) {
    post.comments = commentByPostId.get(post.id) ?? [];
  }
  return items;
}
