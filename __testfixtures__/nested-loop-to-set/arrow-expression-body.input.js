// @perfmod-check common(g.array(g.key()), g.array(g.key()))
export const common = (a, b) => a.filter((x) => b.includes(x));

// Object.keys always returns an Array; reading it once assumes `right` is a non-null object.
// @perfmod-check sharedKeys(g.fc.dictionary(g.fc.constantFrom('a', 'b', 'c', 'd'), g.int()), g.fc.dictionary(g.fc.constantFrom('b', 'c', 'e'), g.int()))
export const sharedKeys = (left, right) => Object.keys(left).filter((key) => Object.keys(right).includes(key));
