// orm: prisma
// items: postsNullable
// queries: before=items.filter((p) => p.authorId).length after=batches(distinct(items.filter((p) => p.authorId).map((p) => p.authorId)))
export async function run(db: any, items: { id: number; authorId: number | null | undefined; title: string }[]) {
  const names: string[] = [];
  const authorIds = Array.from(new Set(items.filter((post) => post.authorId).map((post) => post.authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const post of items) {
    if (!post.authorId) continue;
    const author = userById.get(post.authorId) ?? null;
    names.push(author ? author.name : `no author ${post.authorId}`);
  }
  return names;
}
