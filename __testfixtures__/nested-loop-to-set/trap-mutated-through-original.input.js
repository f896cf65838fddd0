// Found by the program fuzzer: the scan goes through an alias (`c`), the loop changes the array
// through the name it was copied from (`b`). A Set of `c` would miss the pushed values.
// @perfmod-check seenBefore(g.array(g.key()), g.array(g.key()))
// @perfmod-check firstRepeat(g.array(g.key()), g.array(g.key()))
export function seenBefore(items, b) {
  const c = b;
  const out = [];
  for (const x of items) {
    let found = false;
    for (const y of c) {
      if (x === y) {
        found = true;
        break;
      }
    }
    out.push(found);
    b.push(x);
  }
  return out;
}

export function firstRepeat(items, b) {
  const c = b;
  return items.findIndex((x) => {
    b[0] = x;
    return c.indexOf(x) !== -1;
  });
}
