// orm: drizzle
// items: userIds
// queries: before=n after=batches(distinct(items))
import { eq, asc } from 'drizzle-orm';

export async function run(db, items) {
  const out = [];
  for (const userId of items) {
    out.push(await db.drizzle.select().from(db.posts).where(eq(db.posts.authorId, userId)).orderBy(asc(db.posts.createdAt)));
  }
  return out;
}
