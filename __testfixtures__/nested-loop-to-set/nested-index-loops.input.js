// @perfmod-check matches(g.array(g.key()), g.array(g.key()))
export function matches(a, b) {
  const out = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (a[i] === b[j]) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}
