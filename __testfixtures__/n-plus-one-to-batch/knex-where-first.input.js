// orm: knex
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import 'knex';

export async function run(db, items) {
  const { knex } = db;
  const out = [];
  for (const post of items) {
    const author = await knex('users').where({ id: post.authorId }).first();
    out.push(author === undefined ? 'missing' : author.email);
  }
  return out;
}
