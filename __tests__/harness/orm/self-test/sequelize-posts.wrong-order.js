// caught: result
// Wrong: drops the order, so each group comes in table order, not newest first.
export async function run(db, items) {
  const keys = [...new Set(items)];
  const rows = keys.length === 0 ? [] : await db.Post.findAll({ where: { authorId: keys } });
  return items.map((id) => rows.filter((row) => row.authorId === id));
}
