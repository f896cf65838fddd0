// orm: knex
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import 'knex';

export async function run(db, items) {
  const { knex } = db;
  const out = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const usersById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await knex('users').whereIn('id', authorIds.slice(i, i + 500));
    for (const row of rows) if (!usersById.has(row.id)) usersById.set(row.id, row);
  }
  for (const post of items) {
    const author = usersById.get(post.authorId);
    out.push(author === undefined ? 'missing' : author.email);
  }
  return out;
}
