// Membership tests and keyed lookups in the same loops: under `all`, nested-loop-to-set takes the
// includes/some/indexOf tests and this transform the find/findIndex/findLast lookups of the same loop.
// @perfmod-check report(g.array(g.record({ userId: g.key(), tag: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })), g.array(g.key()))
export function report(orders, users, allowed) {
  const out = [];
  const userById = new Map();
  for (const u of users) if (!userById.has(u.id)) userById.set(u.id, u);
  userById.delete(NaN);
  for (const o of orders) {
    if (!allowed.includes(o.tag)) continue;
    const user = userById.get(o.userId);
    out.push(user ? user.name : null);
  }
  return out;
}

// @perfmod-check names(g.array(g.record({ userId: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })))
export function names(orders, users) {
  const userById = new Map();
  for (const u of users) if (!userById.has(u.id)) userById.set(u.id, u);
  userById.delete(NaN);
  return orders.map((o) => (users.some((u) => u.id === o.userId) ? userById.get(o.userId).name : '?'));
}

// @perfmod-check both(g.array(g.key()), g.array(g.key()), g.array(g.record({ id: g.key() })))
export function both(keys, known, rows) {
  const a = [];
  for (const k of keys) a.push(known.includes(k));
  const b = [];
  const rowById = new Map();
  for (const r of rows) if (!rowById.has(r.id)) rowById.set(r.id, r);
  rowById.delete(NaN);
  for (const k of keys) b.push(rowById.get(k));
  const c = [];
  const rowIndexById = new Map();
  for (const [i, r] of rows.entries()) if (!rowIndexById.has(r.id)) rowIndexById.set(r.id, i);
  rowIndexById.delete(NaN);
  for (const k of keys) c.push(known.some((x) => x === k), rowIndexById.get(k) ?? -1);
  return [a, b, c];
}

// @perfmod-check grid(g.array(g.record({ ids: g.array(g.key(), 4) }), 4), g.array(g.key()), g.array(g.record({ id: g.key(), n: g.int() })))
export function grid(groups, allowed, items) {
  const out = [];
  for (const grp of groups) {
    const lastItemById = new Map();
    for (const it of items) lastItemById.set(it.id, it);
    lastItemById.delete(NaN);
    const itemPosition = new Map();
    items.forEach((x, i) => {
      if (!itemPosition.has(x)) itemPosition.set(x, i);
    });
    itemPosition.delete(NaN);
    for (const id of grp.ids) {
      if (allowed.indexOf(id) !== -1) out.push(lastItemById.get(id));
      else out.push(itemPosition.get(id) ?? -1);
    }
  }
  return out;
}
