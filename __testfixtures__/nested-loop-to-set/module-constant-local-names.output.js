// A module constant scanned through a mapping that reads the function's own parameter: the Set
// cannot be built at module level (the parameter does not exist there), only before the loop.
// @perfmod-check pick(g.array(g.key()), g.oneof(g.constant('id'), g.constant('tag')))
const CATALOG = [
  { id: 1, tag: 'a' },
  { id: 2, tag: 'b' },
  { id: 3, tag: 'c' },
  { id: 4, tag: '1' },
  { id: 'a', tag: 2 },
  { id: 'b', tag: 3 },
  { id: 'c', tag: 4 },
];

export function pick(xs, field) {
  const CATALOG_SET = new Set(CATALOG.map((item) => item[field]));
  return xs.filter((x) => CATALOG_SET.has(x));
}
