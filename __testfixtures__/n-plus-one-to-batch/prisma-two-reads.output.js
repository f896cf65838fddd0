// orm: prisma
// items: posts
// queries: before=2*n after=batches(distinct(items.map((p) => p.authorId))) + batches(distinct(items.map((p) => p.id)))
// Two reads per item, each batched on its own.
export async function run(db, items) {
  const { prisma } = db;
  const out = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  const ids = Array.from(new Set(items.map((post) => post.id)));
  const commentByPostId = new Map();
  for (let i2 = 0; i2 < ids.length; i2 += 500) {
    const rows2 = await prisma.comment.findMany({ where: { postId: { in: ids.slice(i2, i2 + 500) } }, orderBy: { id: 'asc' } });
    for (const row2 of rows2) {
      const group = commentByPostId.get(row2.postId);
      if (group) group.push(row2);
      else commentByPostId.set(row2.postId, [row2]);
    }
  }
  for (const post of items) {
    const author = userById.get(post.authorId) ?? null;
    const comments = commentByPostId.get(post.id) ?? [];
    out.push({ id: post.id, author, comments });
  }
  return out;
}
