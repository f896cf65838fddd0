// @perfmod-check firstShared(g.array(g.key()), g.array(g.key()))
export function firstShared(a, b) {
  for (const x of a) {
    for (const y of b) {
      if (y === x) return x;
    }
  }
  return undefined;
}
