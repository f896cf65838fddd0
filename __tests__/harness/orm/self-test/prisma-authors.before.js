// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// long: 1200
export async function run(db, items) {
  for (const p of items) {
    p.author = await db.prisma.user.findUnique({ where: { id: p.authorId } });
  }
  return items;
}
