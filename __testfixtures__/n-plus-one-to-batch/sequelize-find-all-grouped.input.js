// orm: sequelize
// items: posts
// queries: before=n after=batches(distinct(items.map((p) => p.id)))
const { Sequelize } = require('sequelize');

exports.run = async function run(db, items) {
  void Sequelize;
  const out = [];
  for (const post of items) {
    const comments = await db.Comment.findAll({ where: { postId: post.id }, order: [['createdAt', 'ASC']], raw: true });
    out.push({ id: post.id, bodies: comments.map((c) => c.body) });
  }
  return out;
};
