// orm: service
// items: userIds
// queries: before=n after=batches(distinct(items))
export async function run(db, items) {
  const out = [];
  for (const id of items) out.push(await db.users.getById(id));
  return out;
}
