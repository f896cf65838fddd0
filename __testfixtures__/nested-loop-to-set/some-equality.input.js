// @perfmod-check overlap(g.array(g.key()), g.array(g.key()))
export function overlap(left, right) {
  return left.filter((item) => right.some((other) => other === item));
}

// @perfmod-check onlyLeft(g.array(g.key()), g.array(g.key()))
export function onlyLeft(left, right) {
  return left.filter(function (item) {
    return !right.some(function (other) {
      return item === other;
    });
  });
}
