// The loop tests the collection itself: it may be null before the loop. Types narrow it at the
// lookup, but an index built before the loop would read it unguarded (and throw on null).
export interface User {
  id: string;
  name: string;
}

export function names(orders: { userId: string }[], users: User[] | null): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const o of orders) {
    if (!users) continue;
    out.push(users.find((u) => u.id === o.userId)?.name);
  }
  return out;
}

export function owners(orders: { userId: string }[], users?: User[]): (User | undefined)[] {
  const out: (User | undefined)[] = [];
  for (const o of orders) {
    if (users !== undefined) out.push(users.find((u) => u.id === o.userId));
  }
  return out;
}
