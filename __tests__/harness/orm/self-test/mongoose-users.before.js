// orm: mongoose
// items: userIds
// queries: before=n after=batches(distinct(items))
// long: 1200
export async function run(db, items) {
  const out = [];
  for (const id of items) out.push(await db.User.findById(id));
  return out;
}
