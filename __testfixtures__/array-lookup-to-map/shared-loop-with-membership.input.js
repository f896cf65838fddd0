// Membership tests and keyed lookups in the same loops: under `all`, nested-loop-to-set takes the
// includes/some/indexOf tests and this transform the find/findIndex/findLast lookups of the same loop.
// @perfmod-check report(g.array(g.record({ userId: g.key(), tag: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })), g.array(g.key()))
export function report(orders, users, allowed) {
  const out = [];
  for (const o of orders) {
    if (!allowed.includes(o.tag)) continue;
    const user = users.find((u) => u.id === o.userId);
    out.push(user ? user.name : null);
  }
  return out;
}

// @perfmod-check names(g.array(g.record({ userId: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })))
export function names(orders, users) {
  return orders.map((o) => (users.some((u) => u.id === o.userId) ? users.find((u) => u.id === o.userId).name : '?'));
}

// @perfmod-check both(g.array(g.key()), g.array(g.key()), g.array(g.record({ id: g.key() })))
export function both(keys, known, rows) {
  const a = [];
  for (const k of keys) a.push(known.includes(k));
  const b = [];
  for (const k of keys) b.push(rows.find((r) => r.id === k));
  const c = [];
  for (const k of keys) c.push(known.some((x) => x === k), rows.findIndex((r) => r.id === k));
  return [a, b, c];
}

// @perfmod-check grid(g.array(g.record({ ids: g.array(g.key(), 4) }), 4), g.array(g.key()), g.array(g.record({ id: g.key(), n: g.int() })))
export function grid(groups, allowed, items) {
  const out = [];
  for (const grp of groups) {
    for (const id of grp.ids) {
      if (allowed.indexOf(id) !== -1) out.push(items.findLast((it) => it.id === id));
      else out.push(items.indexOf(id));
    }
  }
  return out;
}
