// Loose equality converts types ('1' == 1): a Set cannot reproduce it.
export function looseCommon(a, b) {
  return a.filter((x) => b.some((y) => y == x));
}

export function looseNested(a, b) {
  const out = [];
  for (const x of a) {
    for (const y of b) {
      if (x == y) {
        out.push(x);
        break;
      }
    }
  }
  return out;
}
