// orm: drizzle
// items: userIds
// Inserts a post per user: a later read for the same user must see it.
import { eq } from 'drizzle-orm';

export async function run(db, items) {
  const counts = [];
  for (const userId of items) {
    const posts = await db.drizzle.select().from(db.posts).where(eq(db.posts.authorId, userId));
    counts.push(posts.length);
    if (userId <= 12) await db.drizzle.insert(db.posts).values({ authorId: userId, title: 'again', createdAt: 1 });
  }
  return counts;
}
