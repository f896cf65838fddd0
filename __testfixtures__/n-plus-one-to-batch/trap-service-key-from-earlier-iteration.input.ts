// orm: service
// items: userIds
// A declared method, but each key comes from the previous iteration's row.
export async function run(db: any, items: number[]) {
  const names: (string | null)[] = [];
  let id = items.length > 0 ? items[0] : 1;
  for (const _ of items) {
    const user = await db.users.getById(id);
    names.push(user ? user.name : null);
    id = user ? (user.id % 12) + 1 : 1;
  }
  return names;
}
