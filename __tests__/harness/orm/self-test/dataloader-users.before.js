// orm: dataloader
// items: userIds
// queries: before=distinct(items) after=(n > 0 ? 1 : 0)
export async function run(db, items) {
  const names = [];
  for (const id of items) {
    const user = await db.userLoader.load(id);
    names.push(user?.name);
  }
  return names;
}
