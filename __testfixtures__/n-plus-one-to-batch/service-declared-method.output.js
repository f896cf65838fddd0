// orm: service
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
// users.getById / users.getByIds are declared in this folder's perfmod.config.json.
export async function run(db, items) {
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const usersById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.users.getByIds(authorIds.slice(i, i + 500));
    for (const row of rows) if (!usersById.has(row.id)) usersById.set(row.id, row);
  }
  for (const post of items) {
    post.author = usersById.get(post.authorId) ?? null;
  }
  return items;
}
