// @perfmod-check unmatched(g.array(g.key()), g.array(g.key()))
export function unmatched<K extends string>(expected: K[], actual: K[]): K[] {
  const missing: K[] = [];
  expected.forEach((key) => {
    let seen = false;
    for (const other of actual) {
      if (key === other) {
        seen = true;
        break;
      }
    }
    if (!seen) {
      missing.push(key);
    }
  });
  return missing;
}
