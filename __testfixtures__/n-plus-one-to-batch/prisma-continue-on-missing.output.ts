// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const byAuthor: Record<string, string[]> = {};
  const authorIds = Array.from(new Set(items.map(({ authorId, title }) => authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const { authorId, title } of items) {
    const author = userById.get(authorId) ?? null;
    if (!author) continue;
    (byAuthor[author.email] ??= []).push(title);
  }
  return byAuthor;
}
