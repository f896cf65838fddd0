// orm: typeorm
// items: userIds
// queries: before=n after=batches(distinct(items))
import { Not } from 'typeorm';

export async function run(db, items) {
  void Not;
  const counts = [];
  for (const userId of items) {
    const posts = await db.posts.findBy({ authorId: userId });
    counts.push(posts.map((p) => p.id).sort((a, b) => a - b));
  }
  return counts;
}
