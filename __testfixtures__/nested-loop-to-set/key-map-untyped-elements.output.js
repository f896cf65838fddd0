// Found by the program fuzzer: the Set reads every element's .id up front, even when the loop runs
// zero times. `Array.from(b)` is an Array, but its elements are of unknown type (a null element
// would throw), so the rewrite is `review` and says so; the generator draws objects only.
// @perfmod-check anyKnown(g.array(g.record({ id: g.key() })), g.array(g.record({ id: g.key() })))
export function anyKnown(items, b) {
  const known = Array.from(b);
  const knownIdSet = new Set(known.map((y) => y.id));
  knownIdSet.delete(NaN);
  return items.some((x) => knownIdSet.has(x.id));
}
