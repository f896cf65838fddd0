// orm: service
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// users.getById / users.getByIds are declared in this folder's perfmod.config.json.
export async function run(db, items) {
  for (const post of items) {
    post.author = await db.users.getById(post.authorId);
  }
  return items;
}
