// orm: drizzle
// items: userIds
// queries: before=n after=batches(distinct(items))
import { eq, asc, inArray } from 'drizzle-orm';

export async function run(db, items) {
  const out = [];
  const userIds = Array.from(new Set(items));
  const postsByAuthorId = new Map();
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db.drizzle.select().from(db.posts).where(inArray(db.posts.authorId, userIds.slice(i, i + 500))).orderBy(asc(db.posts.createdAt));
    for (const row of rows) {
      const group = postsByAuthorId.get(row.authorId);
      if (group) group.push(row);
      else postsByAuthorId.set(row.authorId, [row]);
    }
  }
  for (const userId of items) {
    out.push(postsByAuthorId.get(userId) ?? []);
  }
  return out;
}
