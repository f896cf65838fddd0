// orm: service
// items: userIds
// queries: before=n after=batches(distinct(items))
interface UserService {
  getById(id: number): Promise<{ id: number; name: string } | null>;
  getByIds(ids: number[]): Promise<{ id: number; name: string }[]>;
}

export async function run(db: { users: UserService }, items: number[]) {
  const names: string[] = [];
  const ids = Array.from(new Set(items));
  const usersById = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.users.getByIds(ids.slice(i, i + 500));
    for (const row of rows) if (!usersById.has(row.id)) usersById.set(row.id, row);
  }
  for (const id of items) {
    const user = usersById.get(id) ?? null;
    names.push(user ? user.name : '-');
  }
  return names;
}
