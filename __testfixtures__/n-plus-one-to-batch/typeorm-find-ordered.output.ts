// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
import { type Repository, In } from 'typeorm';

export async function run(db: { comments: Repository<any> }, items: { id: number; authorId: number; title: string }[]) {
  const ids = Array.from(new Set(items.map((post) => post.id)));
  const commentsByPostId = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.comments.find({ where: { postId: In(ids.slice(i, i + 500)) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const row of rows) {
      const group = commentsByPostId.get(row.postId);
      if (group) group.push(row);
      else commentsByPostId.set(row.postId, [row]);
    }
  }
  for (const post of items) {
    (post as any).comments = commentsByPostId.get(post.id) ?? [];
  }
  return items;
}
