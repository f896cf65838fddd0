// A function written on one line: the index statements and the lookup each get a line of their own.
// @perfmod-check owners(g.array(g.record({ u: g.key() })), g.array(g.record({ id: g.key(), ok: g.bool() })))
export function owners(orders, users) {
  const userById = new Map();
  for (const u of users) if (u.ok && !userById.has(u.id)) userById.set(u.id, u);
  userById.delete(NaN);
  return orders.map((o) => userById.get(o.u));
}
