// orm: prisma
// items: posts
// Each iteration renames the author it read: a later item with the same author must see the new name.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const seen = [];
  for (const post of items) {
    const author = await db.prisma.user.findUnique({ where: { id: post.authorId } });
    seen.push(author?.name ?? null);
    if (author) await db.prisma.user.update({ where: { id: author.id }, data: { name: `${author.name}!` } });
  }
  return seen;
}
