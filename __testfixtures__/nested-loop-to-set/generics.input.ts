// @perfmod-check intersect(g.array(g.num()), g.array(g.num()))
// @perfmod-check intersect(g.array(g.key()), g.array(g.key()))
export function intersect<T>(a: readonly T[], b: readonly T[]): T[] {
  return a.filter((x) => b.includes(x));
}

// @perfmod-check without(g.array(g.key()), g.array(g.key()))
export function without<T extends string | number>(items: T[], excluded: Array<T>): T[] {
  return items.filter((item) => !excluded.includes(item));
}
