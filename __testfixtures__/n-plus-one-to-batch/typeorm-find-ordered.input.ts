// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
import { type Repository } from 'typeorm';

export async function run(db: { comments: Repository<any> }, items: { id: number; authorId: number; title: string }[]) {
  for (const post of items) {
    (post as any).comments = await db.comments.find({ where: { postId: post.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
  return items;
}
