// orm: mongoose
// items: userIds
// queries: before=n after=batches(distinct(items.map((k) => String(k))))
import type { Model } from 'mongoose';

export async function run(db: { Post: Model<any> }, items: unknown[]) {
  const out = [];
  for (const userId of items) {
    const posts = await db.Post.find({ authorId: userId }).sort({ createdAt: 1 }).lean().exec();
    out.push(posts.map((p: any) => p.title));
  }
  return out;
}
