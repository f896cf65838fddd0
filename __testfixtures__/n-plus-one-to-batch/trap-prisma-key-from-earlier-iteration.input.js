// orm: prisma
// items: userIds
// Each key comes from the previous iteration's row: the keys are not known before the loop.
export async function run(db, items) {
  let next = items[0];
  const chain = [];
  for (const _ of items) {
    const user = await db.prisma.user.findUnique({ where: { id: next } });
    if (!user) break;
    chain.push(user.id);
    next = (user.id % 12) + 1;
  }
  return chain;
}
