// A membership test over a collection a Set can copy belongs to nested-loop-to-set (one owner per
// site, src/analysis/lookup-index/owner.ts): run alone, this transform leaves it, so running the two
// in either order, or `all`, gives the same code.
// @perfmod-check tagged(g.array(g.record({ tag: g.key(), alias: g.key() })), g.array(g.key()))
export function tagged(items, tags) {
  const out = [];
  for (const item of items) {
    if (tags.includes(item.tag) || tags.indexOf(item.alias) !== -1) out.push(item);
  }
  return out;
}
