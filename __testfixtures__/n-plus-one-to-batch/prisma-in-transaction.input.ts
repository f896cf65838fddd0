// orm: prisma
// items: userIds
// queries: before=n after=batches(distinct(items))
// Inside an interactive transaction: review at most.
export async function run(db: any, items: number[]) {
  return db.prisma.$transaction(async (tx: any) => {
    const names = [];
    for (const id of items) {
      const user = await tx.user.findUnique({ where: { id } });
      names.push(user?.name ?? null);
    }
    return names;
  });
}
