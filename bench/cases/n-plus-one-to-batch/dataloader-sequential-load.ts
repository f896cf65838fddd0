import type DataLoader from 'dataloader';

interface User {
  id: number;
  name: string;
  email: string;
}

// Awaiting each load in turn defeats DataLoader's batching: one batch call per distinct id.
export async function run(db: { userLoader: DataLoader<number, User | null> }, ids: number[]): Promise<(string | null)[]> {
  const names: (string | null)[] = [];
  for (const id of ids) {
    const user = await db.userLoader.load(id);
    names.push(user ? user.name : null);
  }
  return names;
}
