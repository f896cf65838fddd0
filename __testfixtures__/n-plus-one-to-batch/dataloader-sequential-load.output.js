// orm: dataloader
// items: posts
// queries: before=distinct(items.map((p) => p.authorId)) after=distinct(items.map((p) => p.authorId)) === 0 ? 0 : 1
// Each await lets the loader dispatch a batch of one: one batch function call per distinct key.
import 'dataloader';

export async function run(db, items) {
  const out = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  await db.userLoader.loadMany(authorIds);
  for (const post of items) {
    const author = await db.userLoader.load(post.authorId);
    out.push({ title: post.title, author });
  }
  return out;
}
