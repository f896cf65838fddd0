// orm: typeorm
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
export async function run(db, items) {
  for (const p of items) {
    p.author = await db.users.findOneBy({ id: p.authorId });
  }
  return items;
}
