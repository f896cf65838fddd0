// orm: drizzle
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import { eq, inArray } from 'drizzle-orm';

// select() returns [] for no rows: destructuring gives undefined.
export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const { drizzle, users } = db;
  const out = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const usersById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await drizzle.select().from(users).where(inArray(users.id, authorIds.slice(i, i + 500)));
    for (const row of rows) {
      const group = usersById.get(row.id);
      if (group) group.push(row);
      else usersById.set(row.id, [row]);
    }
  }
  for (const post of items) {
    const [author] = usersById.get(post.authorId) ?? [];
    out.push({ title: post.title, author: author ?? null });
  }
  return out;
}
