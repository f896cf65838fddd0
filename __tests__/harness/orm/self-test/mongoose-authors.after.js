export async function run(db, items) {
  const keys = [...new Map(items.map((p) => [String(p.authorId), p.authorId])).values()];
  const byId = new Map();
  for (let i = 0; i < keys.length; i += 500) {
    for (const row of await db.User.find({ _id: { $in: keys.slice(i, i + 500) } }).lean()) byId.set(String(row._id), row);
  }
  for (const p of items) p.author = byId.get(String(p.authorId)) ?? null;
  return items;
}
