// orm: mongoose
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
export async function run(db, items) {
  for (const p of items) {
    p.author = await db.User.findById(p.authorId).lean();
  }
  return items;
}
