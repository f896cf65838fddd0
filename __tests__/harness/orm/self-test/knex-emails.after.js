export async function run(db, items) {
  const keys = [...new Set(items)];
  const byEmail = new Map();
  for (let i = 0; i < keys.length; i += 500) {
    for (const row of await db.knex('users').whereIn('email', keys.slice(i, i + 500))) if (!byEmail.has(row.email)) byEmail.set(row.email, row);
  }
  const ids = [];
  for (const email of items) {
    const user = byEmail.get(email);
    ids.push(user ? user.id : -1);
  }
  return ids;
}
