export async function run(db, items) {
  const users = await db.userLoader.loadMany(items);
  const names = [];
  for (let i = 0; i < items.length; i++) {
    const user = users[i];
    if (user instanceof Error) throw user;
    names.push(user?.name);
  }
  return names;
}
