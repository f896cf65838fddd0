// orm: prisma
// items: posts
// Only some items read: the others' keys may not be valid keys at all.
export async function run(db, items) {
  const out = [];
  for (const post of items) {
    if (post.authorId % 2 === 0) {
      out.push(await db.prisma.user.findUnique({ where: { id: post.authorId } }));
    }
  }
  return out;
}
