// orm: prisma
// items: userIds
// The loop appends to the list it iterates: the keys collected before the loop would miss these.
export async function run(db, items) {
  const out = [];
  for (const id of items) {
    const user = await db.prisma.user.findUnique({ where: { id } });
    out.push(user);
    if (user && items.length < 40) items.push((user.id % 12) + 1);
  }
  return out;
}
