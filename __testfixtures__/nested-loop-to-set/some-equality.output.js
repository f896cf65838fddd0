// @perfmod-check overlap(g.array(g.key()), g.array(g.key()))
export function overlap(left, right) {
  const rightSet = new Set();
  right.forEach((x) => rightSet.add(x));
  rightSet.delete(NaN);
  return left.filter((item) => rightSet.has(item));
}

// @perfmod-check onlyLeft(g.array(g.key()), g.array(g.key()))
export function onlyLeft(left, right) {
  const rightSet = new Set();
  right.forEach((x) => rightSet.add(x));
  rightSet.delete(NaN);
  return left.filter(function (item) {
    return !rightSet.has(item);
  });
}
