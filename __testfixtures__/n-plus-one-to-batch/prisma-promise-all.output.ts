// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// Still N queries: each callback sends its own (findUniqueOrThrow is not batched by Prisma).
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const authorIds = [...new Set(items.map((post) => post.authorId))];
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  return Promise.all(items.map(async (post) => {
    const author = userById.get(post.authorId) ?? (await db.prisma.user.findUniqueOrThrow({ where: { id: post.authorId } }));
    return { title: post.title, author: author.name };
  }));
}
