export async function run(db, items) {
  const keys = [...new Set(items)];
  const byAuthor = new Map();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.Post.findAll({ where: { authorId: keys.slice(i, i + 500) }, order: [['createdAt', 'DESC']] });
    for (const row of rows) {
      const group = byAuthor.get(row.authorId) ?? [];
      group.push(row);
      byAuthor.set(row.authorId, group);
    }
  }
  return items.map((id) => byAuthor.get(id) ?? []);
}
