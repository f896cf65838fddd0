// orm: sequelize
// items: userIds
// queries: before=n after=batches(distinct(items))
export async function run(db, items) {
  const out = [];
  for (const id of items) {
    out.push(await db.Post.findAll({ where: { authorId: id }, order: [['createdAt', 'DESC']] }));
  }
  return out;
}
