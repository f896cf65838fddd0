// orm: prisma
// items: posts
// Each failure is caught per item; a failing batched query would escape the try.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const names = [];
  for (const post of items) {
    try {
      const author = await db.prisma.user.findUniqueOrThrow({ where: { id: post.authorId } });
      names.push(author.name);
    } catch {
      names.push(null);
    }
  }
  return names;
}
