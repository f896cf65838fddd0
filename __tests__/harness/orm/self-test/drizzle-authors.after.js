import { inArray } from 'drizzle-orm';
export async function run(db, items) {
  const keys = [...new Set(items.map((p) => p.authorId))];
  const byId = new Map();
  for (let i = 0; i < keys.length; i += 500) {
    for (const row of await db.drizzle.select().from(db.users).where(inArray(db.users.id, keys.slice(i, i + 500)))) byId.set(row.id, row);
  }
  for (const p of items) {
    const author = byId.get(p.authorId);
    p.author = author;
  }
  return items;
}
