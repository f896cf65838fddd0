// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// The EntityManager form: the entity target is the first argument.
import type { DataSource } from 'typeorm';

export async function run(db: { dataSource: DataSource; User: any }, items: { id: number; authorId: number; title: string }[]) {
  const { manager } = db.dataSource;
  const names: (string | null)[] = [];
  for (const post of items) {
    const author = await manager.findOneBy(db.User, { id: post.authorId });
    names.push(author ? author.name : null);
  }
  return names;
}
