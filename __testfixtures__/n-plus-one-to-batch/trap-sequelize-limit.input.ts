// orm: sequelize
// items: userIds
// limit applies per query.
import type { ModelStatic } from 'sequelize';

export async function run(db: { Post: ModelStatic<any> }, items: number[]) {
  const out = [];
  for (const id of items) {
    out.push(await db.Post.findAll({ where: { authorId: id }, order: [['id', 'ASC']], limit: 1, raw: true }));
  }
  return out;
}
