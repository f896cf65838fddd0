// orm: prisma
// items: posts
// audit() is the project's own code: it may write what the next read returns.
async function audit(prisma, post) {
  await prisma.user.updateMany({ where: { id: post.authorId }, data: { name: 'audited' } });
}

export async function run(db, items) {
  const names = [];
  for (const post of items) {
    const author = await db.prisma.user.findUnique({ where: { id: post.authorId } });
    names.push(author && author.name);
    await audit(db.prisma, post);
  }
  return names;
}
