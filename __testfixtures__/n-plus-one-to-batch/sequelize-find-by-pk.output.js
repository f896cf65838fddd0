// orm: sequelize
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
import { Op } from 'sequelize';

export async function run(db, items) {
  void Op;
  const out = [];
  const authorIds = Array.from(new Set(items.map((post) => post.authorId)));
  const userByPk = new Map();
  for (let i = 0; i < authorIds.length; i += 500) {
    const rows = await db.User.findAll({ where: { [db.User.primaryKeyAttribute]: { [Op.in]: authorIds.slice(i, i + 500) } } });
    for (const row of rows) userByPk.set(row.get(db.User.primaryKeyAttribute), row);
  }
  for (const post of items) {
    const author = userByPk.get(post.authorId) ?? null;
    out.push(author === null ? null : author.get({ plain: true }));
  }
  return out;
}
