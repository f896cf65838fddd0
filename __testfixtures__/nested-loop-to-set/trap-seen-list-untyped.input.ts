// No element type: a Set kept beside `seen` would make TypeScript fix it as an implicit any[].
// @perfmod-check firstPerKey(g.array(g.key()))
export function firstPerKey(keys: Array<string | number>) {
  const seen = [];
  for (const k of keys) {
    if (!seen.includes(k)) seen.push(k);
  }
  return seen;
}
