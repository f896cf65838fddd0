// orm: prisma
// items: postsNullable
// queries: before=items.filter((p) => p.authorId != null).length after=batches(distinct(items.filter((p) => p.authorId != null).map((p) => p.authorId)))
// Only items with an author read: keys are collected from those items only (a null key would
// make Prisma's batched `in` throw).
export async function run(db, items) {
  for (const post of items) {
    if (post.authorId != null) {
      post.author = await db.prisma.user.findUnique({ where: { id: post.authorId } });
    }
  }
  return items;
}
