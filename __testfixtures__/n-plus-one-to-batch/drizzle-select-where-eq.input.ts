// orm: drizzle
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import { eq } from 'drizzle-orm';

// select() returns [] for no rows: destructuring gives undefined.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const { drizzle, users } = db;
  const out = [];
  for (const post of items) {
    const [author] = await drizzle.select().from(users).where(eq(users.id, post.authorId));
    out.push({ title: post.title, author: author ?? null });
  }
  return out;
}
