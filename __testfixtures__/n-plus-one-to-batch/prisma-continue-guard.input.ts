// orm: prisma
// items: postsNullable
// queries: before=items.filter((p) => p.authorId).length after=batches(distinct(items.filter((p) => p.authorId).map((p) => p.authorId)))
export async function run(db: any, items: { id: number; authorId: number | null | undefined; title: string }[]) {
  const names: string[] = [];
  for (const post of items) {
    if (!post.authorId) continue;
    const author = await db.prisma.user.findUnique({ where: { id: post.authorId } });
    names.push(author ? author.name : `no author ${post.authorId}`);
  }
  return names;
}
