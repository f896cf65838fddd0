// orm: service
// items: userIds
// queries: before=n after=batches(distinct(items))
interface UserService {
  getById(id: number): Promise<{ id: number; name: string } | null>;
  getByIds(ids: number[]): Promise<{ id: number; name: string }[]>;
}

export async function run(db: { users: UserService }, items: number[]) {
  const names: string[] = [];
  for (const id of items) {
    const user = await db.users.getById(id);
    names.push(user ? user.name : '-');
  }
  return names;
}
