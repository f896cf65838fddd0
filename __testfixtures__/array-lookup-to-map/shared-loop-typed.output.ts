// Typed: both transforms' indexes go before the same loop, and neither makes the other's rewrite bolder or weaker.
type User = { id: string; name: string };
type Order = { userId: string; tag: string };

// @perfmod-check report(g.array(g.record({ userId: g.str(), tag: g.str() })), g.array(g.record({ id: g.str(), name: g.str() })), g.array(g.str()))
export function report(orders: Order[], users: User[], allowed: string[]): (string | null)[] {
  const out: (string | null)[] = [];
  const userById = new Map<string, User>();
  for (const u of users) if (!userById.has(u.id)) userById.set(u.id, u);
  for (const o of orders) {
    if (!allowed.includes(o.tag)) continue;
    const user = userById.get(o.userId);
    out.push(user ? user.name : null);
  }
  return out;
}

// @perfmod-check ranks(g.array(g.str()), g.array(g.record({ id: g.str(), name: g.str() })))
export function ranks(ids: readonly string[], users: readonly User[]): number[] {
  const userIndexById = new Map<string, number>();
  for (const [i, u] of users.entries()) if (!userIndexById.has(u.id)) userIndexById.set(u.id, i);
  return ids.map((id) => (users.some((u) => u.id === id) ? userIndexById.get(id) ?? -1 : -2));
}
