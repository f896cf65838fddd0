// caught: .author: null vs undefined
// Wrong: a missing row gives undefined where findUnique gives null.
export async function run(db, items) {
  const keys = [...new Set(items.map((p) => p.authorId))];
  const rows = keys.length === 0 ? [] : await db.prisma.user.findMany({ where: { id: { in: keys } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const p of items) p.author = byId.get(p.authorId);
  return items;
}
