// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import type { Repository } from 'typeorm';

export async function run(db: { users: Repository<any> }, items: { id: number; authorId: number; title: string }[]) {
  const out = [];
  for (const post of items) {
    const author = await db.users.findOneBy({ id: post.authorId });
    out.push({ title: post.title, author });
  }
  return out;
}
