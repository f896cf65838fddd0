// orm: mongoose
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => String(p.authorId))))
// authorId is an ObjectId: equal authors are different objects, equal only by String().
import 'mongoose';

export async function run(db, items) {
  const out = [];
  for (const post of items) {
    const author = await db.User.findById(post.authorId).lean();
    out.push(author ? author.name : null);
  }
  return out;
}
