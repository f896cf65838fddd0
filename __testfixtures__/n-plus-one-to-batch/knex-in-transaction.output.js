// orm: knex
// items: userIds
// queries: before=n after=batches(distinct(items))
// Inside a transaction callback: review at most.
import 'knex';

export async function run(db, items) {
  return db.knex.transaction(async (trx) => {
    const names = [];
    const ids = Array.from(new Set(items));
    const usersById = new Map();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await trx('users').whereIn('id', ids.slice(i, i + 500));
      for (const row of rows) if (!usersById.has(row.id)) usersById.set(row.id, row);
    }
    for (const id of items) {
      const user = usersById.get(id);
      names.push(user ? user.name : null);
    }
    return names;
  });
}
