// orm: typeorm
// items: userIds
// queries: before=n after=batches(distinct(items))
import { Not, In } from 'typeorm';

export async function run(db, items) {
  void Not;
  const counts = [];
  const userIds = Array.from(new Set(items));
  const postsByAuthorId = new Map();
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db.posts.findBy({ authorId: In(userIds.slice(i, i + 500)) });
    for (const row of rows) {
      const group = postsByAuthorId.get(row.authorId);
      if (group) group.push(row);
      else postsByAuthorId.set(row.authorId, [row]);
    }
  }
  for (const userId of items) {
    const posts = postsByAuthorId.get(userId) ?? [];
    counts.push(posts.map((p) => p.id).sort((a, b) => a - b));
  }
  return counts;
}
