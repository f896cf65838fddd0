// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// A missing author throws PrismaClientKnownRequestError (P2025) for the first one in loop order,
// after the earlier items were marked.
export async function run(db: any, items: { id: number; authorId: number; title: string; seen?: boolean }[]) {
  const emails: string[] = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.prisma.user.findMany({ where: { id: { in: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userById.set(row.id, row);
  }
  for (const post of items) {
    post.seen = true;
    const author = userById.get(post.authorId) ?? (await db.prisma.user.findUniqueOrThrow({ where: { id: post.authorId } }));
    emails.push(author.email);
  }
  return emails;
}
