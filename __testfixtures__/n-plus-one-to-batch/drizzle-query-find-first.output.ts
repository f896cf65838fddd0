// orm: drizzle
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import { eq, inArray } from 'drizzle-orm';

export async function run(db: any, items: { id: number; authorId: number; title: string }[]) {
  const { users } = db;
  const names = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const usersById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.drizzle.query.users.findMany({ where: inArray(users.id, authorIds.slice(i, i + 500)) });
    for (const row of rows) if (!usersById.has(row.id)) usersById.set(row.id, row);
  }
  for (const post of items) {
    const user = usersById.get(post.authorId);
    names.push(user === undefined ? '?' : user.name);
  }
  return names;
}
