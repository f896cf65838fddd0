// orm: knex
// items: emails
// queries: before=n after=batches(distinct(items))
export async function run(db, items) {
  const ids = [];
  for (const email of items) {
    const user = await db.knex('users').where({ email }).first();
    ids.push(user ? user.id : -1);
  }
  return ids;
}
