// orm: prisma
// items: userIds
// queries: before=n after=batches(distinct(items))
// The latest post of each user (null for users without posts).
export async function run(db, items) {
  const latest = [];
  const userIds = Array.from(new Set(items));
  const postByAuthorId = new Map();
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db.prisma.post.findMany({ where: { authorId: { in: userIds.slice(i, i + 500) } }, orderBy: { createdAt: 'desc' } });
    for (const row of rows) if (!postByAuthorId.has(row.authorId)) postByAuthorId.set(row.authorId, row);
  }
  for (const userId of items) {
    const post = postByAuthorId.get(userId) ?? null;
    latest.push(post ? post.title : null);
  }
  return latest;
}
