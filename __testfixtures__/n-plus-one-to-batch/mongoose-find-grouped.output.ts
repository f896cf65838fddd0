// orm: mongoose
// items: userIds
// queries: before=n after=batches(distinct(items.map((k) => String(k))))
import type { Model } from 'mongoose';

export async function run(db: { Post: Model<any> }, items: unknown[]) {
  const out = [];
  const userIds = Array.from(new Map(items.map((userId) => [String(userId), userId])).values());
  const postByAuthorId = new Map();
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db.Post.find({ authorId: { $in: userIds.slice(i, i + 500) } }).sort({ createdAt: 1 }).lean().exec();
    for (const row of rows) {
      const group = postByAuthorId.get(String(row.authorId));
      if (group) group.push(row);
      else postByAuthorId.set(String(row.authorId), [row]);
    }
  }
  for (const userId of items) {
    const posts = postByAuthorId.get(String(userId)) ?? [];
    out.push(posts.map((p: any) => p.title));
  }
  return out;
}
