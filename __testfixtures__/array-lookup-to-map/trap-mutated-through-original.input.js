// Found by the program fuzzer: the lookup goes through an alias (`c`), the loop changes the array
// through the name it was copied from (`b`). An index of `c` would go stale.
// @perfmod-check firstRepeat(g.array(g.key()), g.array(g.key()))
// @perfmod-check matches(g.array(g.record({ id: g.key() })), g.array(g.record({ id: g.key() })))
export function firstRepeat(items, b) {
  const c = b;
  return items.findIndex((x) => {
    b[0] = x;
    return c.indexOf(x) !== -1;
  });
}

export function matches(orders, b) {
  const c = b;
  const out = [];
  for (const o of orders) {
    out.push(c.find((u) => u.id === o.id));
    b.length = 0;
  }
  return out;
}
