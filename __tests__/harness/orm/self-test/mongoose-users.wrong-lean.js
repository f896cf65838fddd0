// caught: prototype
// Wrong: lean objects where findById gives documents.
export async function run(db, items) {
  const keys = [...new Map(items.map((k) => [String(k), k])).values()];
  const rows = keys.length === 0 ? [] : await db.User.find({ _id: { $in: keys } }).lean();
  const byId = new Map(rows.map((row) => [String(row._id), row]));
  return items.map((k) => byId.get(String(k)) ?? null);
}
