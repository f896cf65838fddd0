// orm: prisma
// items: postIds
// queries: before=n+items.filter((id) => id <= 40).length after=batches(distinct(items))+items.filter((id) => id <= 40).length
// The author's key comes from the first read: only the first read is batched.
export async function run(db: any, items: number[]) {
  const authors = [];
  const ids = Array.from(new Set(items));
  const postById = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.prisma.post.findMany({ where: { id: { in: ids.slice(i, i + 500) } } });
    for (const row of rows) postById.set(row.id, row);
  }
  for (const id of items) {
    const post = postById.get(id) ?? null;
    authors.push(post ? await db.prisma.user.findUnique({ where: { id: post.authorId } }) : null);
  }
  return authors;
}
