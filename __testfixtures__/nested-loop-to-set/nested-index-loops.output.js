// @perfmod-check matches(g.array(g.key()), g.array(g.key()))
export function matches(a, b) {
  const out = [];
  const bSet = new Set(b);
  bSet.delete(NaN);
  for (let i = 0; i < a.length; i++) {
    if (bSet.has(a[i])) {
      out.push(i);
    }
  }
  return out;
}
