// The scanned collection reads a variable that a function called in the loop changes: a Set built
// once, before the loop, would keep its first value.
export function byField(xs, ys) {
  let field = 'id';
  const swap = () => {
    field = field === 'id' ? 'level' : 'id';
  };
  return xs.filter((x) => {
    swap();
    return ys.map((y) => y[field]).includes(x.userId);
  });
}

export function growing(xs, a) {
  let b = 1;
  const bump = () => {
    b++;
  };
  return xs.filter((x) => {
    bump();
    return [a, b, 'c', 'd', 'e', 'f', 'g', 'h'].indexOf(x) !== -1;
  });
}
