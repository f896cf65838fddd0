export async function run(db, items) {
  const keys = [...new Set(items)];
  const rows = keys.length === 0 ? [] : await db.prisma.user.findMany({ where: { id: { in: keys } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const names = [];
  for (const id of items) {
    // The first missing key in loop order: the original call throws Prisma's own error.
    const user = byId.get(id) ?? (await db.prisma.user.findUniqueOrThrow({ where: { id } }));
    names.push(user.name);
  }
  return names;
}
