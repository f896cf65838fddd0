// orm: prisma
// items: userIds
// queries: before=n after=batches(distinct(items))
// The latest post of each user (null for users without posts).
export async function run(db, items) {
  const latest = [];
  for (const userId of items) {
    const post = await db.prisma.post.findFirst({ where: { authorId: userId }, orderBy: { createdAt: 'desc' } });
    latest.push(post ? post.title : null);
  }
  return latest;
}
