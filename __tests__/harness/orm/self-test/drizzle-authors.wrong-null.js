// caught: undefined vs null
// Wrong: null for a missing row, where destructuring drizzle's [] gives undefined.
import { inArray } from 'drizzle-orm';
export async function run(db, items) {
  const keys = [...new Set(items.map((p) => p.authorId))];
  const rows = keys.length === 0 ? [] : await db.drizzle.select().from(db.users).where(inArray(db.users.id, keys));
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const p of items) p.author = byId.get(p.authorId) ?? null;
  return items;
}
