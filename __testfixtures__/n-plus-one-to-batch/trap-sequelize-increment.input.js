// orm: sequelize
// items: posts
// Writes through the model inside the loop.
import { Op } from 'sequelize';

export async function run(db, items) {
  void Op;
  const titles = [];
  for (const post of items) {
    const row = await db.Post.findByPk(post.id);
    if (!row) continue;
    titles.push(row.title);
    await db.Post.update({ title: `${row.title}+` }, { where: { authorId: row.authorId } });
  }
  return titles;
}
