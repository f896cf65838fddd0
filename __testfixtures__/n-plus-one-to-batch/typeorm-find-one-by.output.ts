// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import type { Repository } from 'typeorm';

import { In } from 'typeorm';

export async function run(db: { users: Repository<any> }, items: { id: number; authorId: number; title: string }[]) {
  const out = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const usersById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.users.findBy({ id: In(authorIds.slice(i, i + 500)) });
    for (const row of rows) if (!usersById.has(row.id)) usersById.set(row.id, row);
  }
  for (const post of items) {
    const author = usersById.get(post.authorId) ?? null;
    out.push({ title: post.title, author });
  }
  return out;
}
