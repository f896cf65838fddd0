// caught: the output sent
// Wrong: de-duplicates ObjectIds with a Set, which compares them by identity (each item has its own instance).
export async function run(db, items) {
  const keys = [...new Set(items.map((p) => p.authorId))];
  const byId = new Map();
  for (const key of keys) for (const row of await db.User.find({ _id: { $in: [key] } }).lean()) byId.set(String(row._id), row);
  for (const p of items) p.author = byId.get(String(p.authorId)) ?? null;
  return items;
}
