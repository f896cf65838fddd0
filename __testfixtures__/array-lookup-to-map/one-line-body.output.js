// A function written on one line: the index statements and the lookup each get a line of their own.
// @perfmod-check owners(g.array(g.record({ u: g.key() })), g.array(g.record({ id: g.key(), ok: g.bool() })))
export function owners(orders, users) {
  const usersById = new Map();
  for (const u of users) if (u.ok && !usersById.has(u.id)) usersById.set(u.id, u);
  return orders.map((o) => usersById.get(o.u));
}
