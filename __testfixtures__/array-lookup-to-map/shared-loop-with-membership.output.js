// Membership tests and keyed lookups in the same loops: under `all`, nested-loop-to-set takes the
// includes/some/indexOf tests and this transform the find/findIndex/findLast lookups of the same loop.
// @perfmod-check report(g.array(g.record({ userId: g.key(), tag: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })), g.array(g.key()))
export function report(orders, users, allowed) {
  const out = [];
  const allowedSet = new Set(allowed);
  const usersById = new Map();
  for (const u of users) if (!usersById.has(u.id)) usersById.set(u.id, u);
  for (const o of orders) {
    if (!allowedSet.has(o.tag)) continue;
    const user = usersById.get(o.userId);
    out.push(user ? user.name : null);
  }
  return out;
}

// @perfmod-check names(g.array(g.record({ userId: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })))
export function names(orders, users) {
  const usersIdSet = new Set();
  users.forEach((u) => usersIdSet.add(u.id));
  const usersById = new Map();
  for (const u of users) if (!usersById.has(u.id)) usersById.set(u.id, u);
  return orders.map((o) => (usersIdSet.has(o.userId) ? usersById.get(o.userId).name : '?'));
}

// @perfmod-check both(g.array(g.key()), g.array(g.key()), g.array(g.record({ id: g.key() })))
export function both(keys, known, rows) {
  const a = [];
  const knownSet = new Set(known);
  for (const k of keys) a.push(knownSet.has(k));
  const b = [];
  const rowsById = new Map();
  for (const r of rows) if (!rowsById.has(r.id)) rowsById.set(r.id, r);
  for (const k of keys) b.push(rowsById.get(k));
  const c = [];
  const knownSet2 = new Set();
  known.forEach((x) => knownSet2.add(x));
  const rowsIndexById = new Map();
  for (const [i, r] of rows.entries()) if (!rowsIndexById.has(r.id)) rowsIndexById.set(r.id, i);
  for (const k of keys) c.push(knownSet2.has(k), rowsIndexById.get(k) ?? -1);
  return [a, b, c];
}

// @perfmod-check grid(g.array(g.record({ ids: g.array(g.key(), 4) }), 4), g.array(g.key()), g.array(g.record({ id: g.key(), n: g.int() })))
export function grid(groups, allowed, items) {
  const out = [];
  for (const grp of groups) {
    const allowedSet = new Set();
    allowed.forEach((x) => allowedSet.add(x));
    const lastItemsById = new Map();
    for (const it of items) lastItemsById.set(it.id, it);
    const itemsIndex = new Map();
    items.forEach((x, i) => {
      if (!itemsIndex.has(x)) itemsIndex.set(x, i);
    });
    for (const id of grp.ids) {
      if (allowedSet.has(id)) out.push(lastItemsById.get(id));
      else out.push(itemsIndex.get(id) ?? -1);
    }
  }
  return out;
}
