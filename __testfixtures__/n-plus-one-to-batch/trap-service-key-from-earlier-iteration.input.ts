// orm: service
// items: userIds
// The service is declared, but the loop also calls one of its undeclared methods.
export async function run(db: any, items: number[]) {
  const names: (string | null)[] = [];
  for (const id of items) {
    const user = await db.users.getById(id);
    names.push(user ? user.name : null);
    await db.users.touch(id);
  }
  return names;
}
