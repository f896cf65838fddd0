// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// Still N queries: each callback sends its own (findUniqueOrThrow is not batched by Prisma).
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  return Promise.all(items.map(async (post) => {
    const author = await db.prisma.user.findUniqueOrThrow({ where: { id: post.authorId } });
    return { title: post.title, author: author.name };
  }));
}
