// indexOf and some skip the holes of a sparse array and never match NaN; a Set built from the
// array would hold undefined for each hole and match NaN. The Set is filled by forEach (which skips
// holes too) and leaves NaN out: exact for sparse arrays, undefined, NaN and -0.
// @perfmod-check missing(g.array(g.oneof(g.num(), g.constant(undefined))), g.sparse(g.oneof(g.num(), g.constant(undefined))))
// @perfmod-check missing(g.array(g.key()), g.sparse(g.key()))
export function missing(wanted, stock) {
  const stockSet = new Set();
  stock.forEach((x) => stockSet.add(x));
  stockSet.delete(NaN);
  return wanted.filter((w) => !stockSet.has(w));
}

// @perfmod-check tagged(g.array(g.oneof(g.key(), g.constant(undefined))), g.sparse(g.record({ tag: g.oneof(g.num(), g.constant(undefined)) })))
export function tagged(tags, items) {
  const itemTagSet = new Set();
  items.forEach((item) => itemTagSet.add(item.tag));
  itemTagSet.delete(NaN);
  return tags.filter((t) => itemTagSet.has(t));
}

// includes sees holes as undefined, exactly like a Set built from the array: new Set(…) is exact.
// @perfmod-check present(g.array(g.oneof(g.num(), g.constant(undefined))), g.sparse(g.num()))
export function present(wanted, stock) {
  const stockSet = new Set(stock);
  return wanted.filter((w) => stockSet.has(w));
}
