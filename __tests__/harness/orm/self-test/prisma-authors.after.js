export async function run(db, items) {
  const keys = [...new Set(items.map((p) => p.authorId))];
  const byId = new Map();
  for (let i = 0; i < keys.length; i += 500) {
    for (const row of await db.prisma.user.findMany({ where: { id: { in: keys.slice(i, i + 500) } } })) byId.set(row.id, row);
  }
  for (const p of items) {
    p.author = byId.get(p.authorId) ?? null;
  }
  return items;
}
