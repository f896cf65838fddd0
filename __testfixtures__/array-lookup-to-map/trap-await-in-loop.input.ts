type User = { id: string };

// The loop awaits: while it is suspended other code may change `users`.
export async function enrich(ids: string[], users: User[], load: (id: string) => Promise<void>) {
  const out: (User | undefined)[] = [];
  for (const id of ids) {
    await load(id);
    out.push(users.find((u) => u.id === id));
  }
  return out;
}

export async function stream(ids: AsyncIterable<string>, users: User[]) {
  const out: (User | undefined)[] = [];
  for await (const id of ids) out.push(users.find((u) => u.id === id));
  return out;
}
