// The callback checks that the collection is an Array: anything else (a number: `new Set(5)`
// throws) must keep giving false, not fail before the loop.
export function allowedOnly(xs, allowed) {
  return xs.filter((x) => {
    if (!Array.isArray(allowed)) return false;
    return allowed.includes(x);
  });
}
