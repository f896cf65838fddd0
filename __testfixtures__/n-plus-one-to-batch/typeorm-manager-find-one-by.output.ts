// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// The EntityManager form: the entity target is the first argument.
import type { DataSource } from 'typeorm';

import { In } from 'typeorm';

export async function run(db: { dataSource: DataSource; User: any }, items: { id: number; authorId: number; title: string }[]) {
  const { manager } = db.dataSource;
  const names: (string | null)[] = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await manager.findBy(db.User, { id: In(authorIds.slice(i, i + 500)) });
    for (const row of rows) if (!userById.has(row.id)) userById.set(row.id, row);
  }
  for (const post of items) {
    const author = userById.get(post.authorId) ?? null;
    names.push(author ? author.name : null);
  }
  return names;
}
