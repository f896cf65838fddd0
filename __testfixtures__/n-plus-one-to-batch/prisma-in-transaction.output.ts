// orm: prisma
// items: userIds
// queries: before=n after=batches(distinct(items))
// Inside an interactive transaction: review at most.
export async function run(db: any, items: number[]) {
  return db.prisma.$transaction(async (tx: any) => {
    const names = [];
    const ids = [...new Set(items)];
    const userById = new Map();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await tx.user.findMany({ where: { id: { in: ids.slice(i, i + 500) } } });
      for (const row of rows) userById.set(row.id, row);
    }
    for (const id of items) {
      const user = userById.get(id) ?? null;
      names.push(user?.name ?? null);
    }
    return names;
  });
}
