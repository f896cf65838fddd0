// Found by the program fuzzer: the lookup goes through an alias (`c`); a local function changes
// the array through the original name (`b`), and the loop calls it. An index of `c` would go stale.
// @perfmod-check positions(g.array(g.record({ id: g.key() })), g.array(g.key()))
export function positions(items, b) {
  const c = b;
  const remember = (v) => {
    b.push(v);
  };
  const out = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    remember(x.id);
    out.push(c.indexOf(x.id));
  }
  return out;
}
