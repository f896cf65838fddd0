// orm: prisma
// items: posts
// Whether an item reads depends on what earlier iterations did: it cannot be decided before the loop.
export async function run(db, items) {
  const seen = new Set();
  const authors = [];
  for (const post of items) {
    if (!seen.has(post.authorId)) {
      authors.push(await db.prisma.user.findUnique({ where: { id: post.authorId } }));
    }
    seen.add(post.authorId);
  }
  return authors;
}
