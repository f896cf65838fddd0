// @perfmod-check firstShared(g.array(g.key()), g.array(g.key()))
export function firstShared(a, b) {
  const bSet = new Set(b);
  bSet.delete(NaN);
  for (const x of a) {
    if (bSet.has(x)) return x;
  }
  return undefined;
}
