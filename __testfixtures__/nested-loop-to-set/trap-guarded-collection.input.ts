// The loop tests the collection itself: it may be missing before the loop, where the Set would be
// built (`new Set(users.map(…))` throws on null; types only narrow it inside the loop).
export interface User {
  id: string;
}

export function known(orders: { userId: string }[], users: User[] | null): { userId: string }[] {
  const out: { userId: string }[] = [];
  for (const o of orders) {
    if (!users) continue;
    if (users.some((u) => u.id === o.userId)) out.push(o);
  }
  return out;
}

export function allowedOnly(xs: string[], allowed?: string[]): string[] {
  return xs.filter((x) => allowed === undefined || allowed.includes(x));
}
