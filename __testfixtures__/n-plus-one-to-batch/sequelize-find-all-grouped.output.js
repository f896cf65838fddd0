// orm: sequelize
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
const { Sequelize, Op } = require('sequelize');

exports.run = async function run(db, items) {
  void Sequelize;
  const out = [];
  const ids = Array.from(new Set(items.map((post) => post.id)));
  const commentByPostId = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.Comment.findAll({ where: { postId: { [Op.in]: ids.slice(i, i + 500) } }, order: [['createdAt', 'ASC']], raw: true });
    for (const row of rows) {
      const group = commentByPostId.get(row.postId);
      if (group) group.push(row);
      else commentByPostId.set(row.postId, [row]);
    }
  }
  for (const post of items) {
    const comments = commentByPostId.get(post.id) ?? [];
    out.push({ id: post.id, bodies: comments.map((c) => c.body) });
  }
  return out;
};
