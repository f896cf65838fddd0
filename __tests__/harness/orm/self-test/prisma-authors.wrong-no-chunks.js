// caught: queries, the header says after=batches
// Wrong for long lists: one findMany with every key (no chunks of 500; Prisma itself splits it in 2 on
// SQLite, at its bind-parameter limit); caught by the `// long:` run.
export async function run(db, items) {
  const keys = [...new Set(items.map((p) => p.authorId))];
  const rows = keys.length === 0 ? [] : await db.prisma.user.findMany({ where: { id: { in: keys } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const p of items) p.author = byId.get(p.authorId) ?? null;
  return items;
}
