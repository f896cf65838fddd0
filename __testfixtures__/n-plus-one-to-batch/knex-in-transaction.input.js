// orm: knex
// items: userIds
// queries: before=n after=batches(distinct(items))
// Inside a transaction callback: review at most.
import 'knex';

export async function run(db, items) {
  return db.knex.transaction(async (trx) => {
    const names = [];
    for (const id of items) {
      const user = await trx('users').where('id', id).first();
      names.push(user ? user.name : null);
    }
    return names;
  });
}
