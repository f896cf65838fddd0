// orm: prisma
// items: postsNullable
// queries: before=items.filter((p) => p.authorId != null).length after=batches(distinct(items.filter((p) => p.authorId != null).map((p) => p.authorId)))
// Only items with an author read: keys are collected from those items only (a null key would
// make Prisma's batched `in` throw).
export async function run(db, items) {
  const authorIds = Array.from(new Set(items.filter((post) => post.authorId != null).map((post) => post.authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const post of items) {
    if (post.authorId != null) {
      post.author = userById.get(post.authorId) ?? null;
    }
  }
  return items;
}
