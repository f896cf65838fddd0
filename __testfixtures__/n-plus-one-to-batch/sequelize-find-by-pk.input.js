// orm: sequelize
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import { Op } from 'sequelize';

export async function run(db, items) {
  void Op;
  const out = [];
  for (const post of items) {
    const author = await db.User.findByPk(post.authorId);
    out.push(author === null ? null : author.get({ plain: true }));
  }
  return out;
}
