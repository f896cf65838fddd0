// caught: after threw Error
// Wrong: a missing id throws a plain Error instead of Prisma's P2025.
export async function run(db, items) {
  const keys = [...new Set(items)];
  const rows = keys.length === 0 ? [] : await db.prisma.user.findMany({ where: { id: { in: keys } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const names = [];
  for (const id of items) {
    const user = byId.get(id);
    if (!user) throw new Error('No User found');
    names.push(user.name);
  }
  return names;
}
