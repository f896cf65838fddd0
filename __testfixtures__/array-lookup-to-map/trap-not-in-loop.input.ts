type User = { id: string };

// A single lookup outside any loop, and an index that already exists.
export function one(users: User[], id: string) {
  return users.find((u) => u.id === id);
}

export function indexed(ids: string[], users: User[]) {
  const byId = new Map(users.map((u) => [u.id, u]));
  return ids.map((id) => byId.get(id));
}
