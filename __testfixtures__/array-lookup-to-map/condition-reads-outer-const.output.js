// The extra condition reads variables that keep their value while the loop runs (a const, a
// parameter nobody assigns): the index is filtered by them once.
// @perfmod-check regional(g.array(g.record({ userId: g.key() })), g.array(g.record({ id: g.key(), region: g.key(), level: g.int() })), g.key())
export function regional(orders, users, region) {
  const minLevel = 0;
  const out = [];
  const userById = new Map();
  for (const u of users) if (u.region === region && u.level >= minLevel && !userById.has(u.id)) userById.set(u.id, u);
  userById.delete(NaN);
  for (const o of orders) {
    out.push(userById.get(o.userId));
  }
  return out;
}
