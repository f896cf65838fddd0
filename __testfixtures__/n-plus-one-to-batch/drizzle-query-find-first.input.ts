// orm: drizzle
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import { eq } from 'drizzle-orm';

export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const { users } = db;
  const names = [];
  for (const post of items) {
    const user = await db.drizzle.query.users.findFirst({ where: eq(users.id, post.authorId) });
    names.push(user === undefined ? '?' : user.name);
  }
  return names;
}
