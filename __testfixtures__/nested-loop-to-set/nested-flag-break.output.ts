// @perfmod-check unmatched(g.array(g.key()), g.array(g.key()))
export function unmatched<K extends string>(expected: K[], actual: K[]): K[] {
  const missing: K[] = [];
  const actualSet = new Set(actual);
  expected.forEach((key) => {
    let seen = false;
    if (actualSet.has(key)) {
      seen = true;
    }
    if (!seen) {
      missing.push(key);
    }
  });
  return missing;
}
