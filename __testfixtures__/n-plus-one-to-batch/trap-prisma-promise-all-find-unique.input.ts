// orm: prisma
// items: posts
// Prisma already batches findUnique/findUniqueOrThrow calls made in the same tick into one
// query: a rewrite would gain nothing.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  return Promise.all(items.map(async (post) => {
    const author = await db.prisma.user.findUniqueOrThrow({ where: { id: post.authorId } });
    return { title: post.title, author: author.name };
  }));
}
