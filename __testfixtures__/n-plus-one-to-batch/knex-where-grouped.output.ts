// orm: knex
// items: userIds
// queries: before=n after=batches(distinct(items))
import type { Knex } from 'knex';

export async function run(db: { knex: Knex }, items: number[]) {
  const out = [];
  const ids = Array.from(new Set(items));
  const postsByAuthorId = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows2 = await db.knex('posts').select('id', 'authorId', 'title').whereIn('authorId', ids.slice(i, i + 500)).orderBy('createdAt', 'desc');
    for (const row of rows2) {
      const group = postsByAuthorId.get(row.authorId);
      if (group) group.push(row);
      else postsByAuthorId.set(row.authorId, [row]);
    }
  }
  for (const id of items) {
    const rows = postsByAuthorId.get(id) ?? [];
    out.push(rows.map((r: any) => r.title));
  }
  return out;
}
