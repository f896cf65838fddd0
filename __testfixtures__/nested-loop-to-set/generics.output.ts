// @perfmod-check intersect(g.array(g.num()), g.array(g.num()))
// @perfmod-check intersect(g.array(g.key()), g.array(g.key()))
export function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  const bSet = new Set(b);
  return a.filter((x) => bSet.has(x));
}

// @perfmod-check without(g.array(g.key()), g.array(g.key()))
export function without<T extends string | number>(items: T[], excluded: Array<T>): T[] {
  const excludedSet = new Set(excluded);
  return items.filter((item) => !excludedSet.has(item));
}
