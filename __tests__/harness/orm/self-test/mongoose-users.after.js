export async function run(db, items) {
  const keys = [...new Map(items.map((k) => [String(k), k])).values()];
  const byId = new Map();
  for (let i = 0; i < keys.length; i += 500) {
    for (const doc of await db.User.find({ _id: { $in: keys.slice(i, i + 500) } })) byId.set(String(doc._id), doc);
  }
  return items.map((k) => byId.get(String(k)) ?? null);
}
