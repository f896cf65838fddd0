// orm: prisma
// items: postIds
// queries: before=n+items.filter((id) => id <= 40).length after=batches(distinct(items))+items.filter((id) => id <= 40).length
// The author's key comes from the first read: only the first read is batched.
export async function run(db: any, items: number[]) {
  const authors = [];
  for (const id of items) {
    const post = await db.prisma.post.findUnique({ where: { id } });
    authors.push(post ? await db.prisma.user.findUnique({ where: { id: post.authorId } }) : null);
  }
  return authors;
}
