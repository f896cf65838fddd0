// indexOf and some skip the holes of a sparse array and never match NaN; a Set built from the
// array would hold undefined for each hole and match NaN. The Set is filled by forEach (which skips
// holes too) and leaves NaN out: exact for sparse arrays, undefined, NaN and -0.
// @perfmod-check missing(g.array(g.oneof(g.num(), g.constant(undefined))), g.sparse(g.oneof(g.num(), g.constant(undefined))))
// @perfmod-check missing(g.array(g.key()), g.sparse(g.key()))
export function missing(wanted, stock) {
  return wanted.filter((w) => stock.indexOf(w) === -1);
}

// @perfmod-check tagged(g.array(g.oneof(g.key(), g.constant(undefined))), g.sparse(g.record({ tag: g.oneof(g.num(), g.constant(undefined)) })))
export function tagged(tags, items) {
  return tags.filter((t) => items.some((item) => item.tag === t));
}

// includes sees holes as undefined, exactly like a Set built from the array: new Set(…) is exact.
// @perfmod-check present(g.array(g.oneof(g.num(), g.constant(undefined))), g.sparse(g.num()))
export function present(wanted, stock) {
  return wanted.filter((w) => stock.includes(w));
}
