// orm: drizzle
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import { eq } from 'drizzle-orm';
export async function run(db, items) {
  for (const p of items) {
    const [author] = await db.drizzle.select().from(db.users).where(eq(db.users.id, p.authorId));
    p.author = author;
  }
  return items;
}
