// orm: prisma
// items: posts
// The row is changed per item: with one row object per author, counts would add up across items.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const out = [];
  for (const post of items) {
    const author = await db.prisma.user.findUnique({ where: { id: post.authorId } });
    if (!author) continue;
    author.postTitles = [post.title];
    out.push(author);
  }
  return out;
}
