// orm: knex
// items: userIds
// queries: before=n after=batches(distinct(items))
import type { Knex } from 'knex';

export async function run(db: { knex: Knex }, items: number[]) {
  const out = [];
  for (const id of items) {
    const rows = await db.knex('posts').select('id', 'authorId', 'title').where('authorId', id).orderBy('createdAt', 'desc');
    out.push(rows.map((r: any) => r.title));
  }
  return out;
}
