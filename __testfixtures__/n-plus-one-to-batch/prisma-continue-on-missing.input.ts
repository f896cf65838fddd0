// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const byAuthor: Record<string, string[]> = {};
  for (const { authorId, title } of items) {
    const author = await db.prisma.user.findUnique({ where: { id: authorId } });
    if (!author) continue;
    (byAuthor[author.email] ??= []).push(title);
  }
  return byAuthor;
}
