// orm: mongoose
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => String(p.authorId))))
// authorId is an ObjectId: equal authors are different objects, equal only by String().
import 'mongoose';

export async function run(db, items) {
  const out = [];
  const authorIds = Array.from(new Map(items.map((post) => [String(post.authorId), post.authorId])).values());
  const userById = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.User.find({ _id: { $in: authorIds.slice(i, i + 500) } }).lean();
    for (const row of rows) userById.set(String(row._id), row);
  }
  for (const post of items) {
    const author = userById.get(String(post.authorId)) ?? null;
    out.push(author ? author.name : null);
  }
  return out;
}
