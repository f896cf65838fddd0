// Scans this transform rewrites next to lookups array-lookup-to-map rewrites, in the same loops:
// an arrow expression body, a collection that varies per outer iteration, loops as single if/else bodies.

// @perfmod-check pick(g.array(g.record({ userId: g.key() })), g.array(g.record({ id: g.key() })), g.array(g.key()))
export const pick = (orders, users, banned) => {
  const bannedSet = new Set(banned);
  return orders.filter((o) => !bannedSet.has(o.userId)).map((o) => users.findIndex((u) => u.id === o.userId));
};

// @perfmod-check per(g.array(g.record({ tags: g.array(g.key()) }), 4), g.array(g.key()), g.array(g.record({ id: g.key() })))
export function per(groups, keys, rows) {
  const out = [];
  for (const grp of groups) {
    const tagSet = new Set(grp.tags);
    for (const k of keys) {
      if (tagSet.has(k)) out.push(rows.find((r) => r.id === k));
    }
  }
  return out;
}

// @perfmod-check tally(g.array(g.key()), g.array(g.key()), g.array(g.record({ id: g.key(), n: g.int() })), g.bool())
export function tally(keys, known, rows, on) {
  let n = 0;
  if (on) {
    const knownSet = new Set(known);
    for (const k of keys) { if (knownSet.has(k)) n += rows.filter((r) => r.id === k).length; }
  } else
    for (const k of keys) n += rows.findIndex((r) => r.id === k);
  return n;
}
