// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
// Still N queries: Prisma batches findUnique calls made in the same tick, not findMany.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const ids = Array.from(new Set(items.map((post) => post.id)));
  const commentByPostId = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.prisma.comment.findMany({ where: { postId: { in: ids.slice(i, i + 500) } }, orderBy: { id: 'asc' } });
    for (const row of rows) {
      const group = commentByPostId.get(row.postId);
      if (group) group.push(row);
      else commentByPostId.set(row.postId, [row]);
    }
  }
  return Promise.all(items.map(async (post) => {
    const comments = commentByPostId.get(post.id) ?? [];
    return { title: post.title, comments: comments.length };
  }));
}
