// No break: `out` gets one entry per matching duplicate in `b`; a Set would collapse them.
export function pairs(a, b) {
  const out = [];
  for (const x of a) {
    for (const y of b) {
      if (x === y) {
        out.push(x);
      }
    }
  }
  return out;
}

export function countMatches(a, b) {
  let count = 0;
  a.forEach((x) => {
    b.forEach((y) => {
      if (y === x) count++;
    });
  });
  return count;
}
