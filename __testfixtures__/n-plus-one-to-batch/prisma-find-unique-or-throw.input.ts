// orm: prisma
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// A missing author throws PrismaClientKnownRequestError (P2025) for the first one in loop order,
// after the earlier items were marked.
export async function run(db: any, items: { id: number; authorId: number; title: string; seen?: boolean }[]) {
  const emails: string[] = [];
  for (const post of items) {
    post.seen = true;
    const author = await db.prisma.user.findUniqueOrThrow({ where: { id: post.authorId } });
    emails.push(author.email);
  }
  return emails;
}
