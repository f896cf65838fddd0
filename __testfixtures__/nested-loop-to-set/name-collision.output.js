// `tagsSet` is already taken in this file: the new binding needs another name.
const tagsSet = 'reserved';

// @perfmod-check tagged(g.array(g.key()), g.array(g.key()))
export function tagged(items, tags) {
  const tagSet = new Set(tags);
  return items.filter((item) => tagSet.has(item)).concat([tagsSet]);
}
