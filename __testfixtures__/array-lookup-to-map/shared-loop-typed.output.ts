// Typed: both transforms' indexes go before the same loop, and neither makes the other's rewrite bolder or weaker.
type User = { id: string; name: string };
type Order = { userId: string; tag: string };

// @perfmod-check report(g.array(g.record({ userId: g.str(), tag: g.str() })), g.array(g.record({ id: g.str(), name: g.str() })), g.array(g.str()))
export function report(orders: Order[], users: User[], allowed: string[]): (string | null)[] {
  const out: (string | null)[] = [];
  const allowedSet = new Set(allowed);
  const usersById = new Map<(typeof users)[number]['id'], (typeof users)[number]>();
  for (const u of users) if (!usersById.has(u.id)) usersById.set(u.id, u);
  for (const o of orders) {
    if (!allowedSet.has(o.tag)) continue;
    const user = usersById.get(o.userId);
    out.push(user ? user.name : null);
  }
  return out;
}

// @perfmod-check ranks(g.array(g.str()), g.array(g.record({ id: g.str(), name: g.str() })))
export function ranks(ids: readonly string[], users: readonly User[]): number[] {
  const usersIdSet = new Set<(typeof users)[number]['id']>();
  users.forEach((u) => usersIdSet.add(u.id));
  const usersIndexById = new Map<(typeof users)[number]['id'], number>();
  for (const [i, u] of users.entries()) if (!usersIndexById.has(u.id)) usersIndexById.set(u.id, i);
  return ids.map((id) => (usersIdSet.has(id) ? usersIndexById.get(id) ?? -1 : -2));
}
