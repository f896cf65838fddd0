// includes with a start index, and a some() whose callback tests more than equality.
// (Checks for `all`: array-lookup-to-map may rewrite what this transform must not.)
// @perfmod-check afterFirst(g.array(g.key()), g.array(g.key()))
// @perfmod-check laterMatch(g.array(g.key()), g.array(g.key()))
// @perfmod-check pendingIndexes(g.array(g.key()), g.array(g.key()))
export function afterFirst(items, list) {
  return items.filter((x) => list.includes(x, 1));
}

export function laterMatch(items, list) {
  return items.filter((x) => list.some((y, i) => y === x && i > 0));
}

export function pendingIndexes(items, list) {
  return items.map((x) => list.indexOf(x));
}
