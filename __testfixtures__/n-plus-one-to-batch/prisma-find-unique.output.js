// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
export async function run(db, items) {
  const { prisma } = db;
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const post of items) {
    post.author = userById.get(post.authorId) ?? null;
  }
  return items;
}
