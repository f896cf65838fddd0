// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
// Still N queries: Prisma batches findUnique calls made in the same tick, not findMany.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  return Promise.all(items.map(async (post) => {
    const comments = await db.prisma.comment.findMany({ where: { postId: post.id }, orderBy: { id: 'asc' } });
    return { title: post.title, comments: comments.length };
  }));
}
