// orm: prisma
// items: userIds
// An indexed loop: not a shape perfmod batches (reported with the reason).
export async function run(db: any, items: number[]) {
  const out = [];
  for (let i = 0; i < items.length; i++) {
    out.push(await db.prisma.user.findUnique({ where: { id: items[i] } }));
  }
  return out;
}
