// The collection expression reads a variable that changes while the loop runs (assigned in the
// loop, or by a function it calls): built once, it would keep the first value.
export function byField(orders, users) {
  let field = 'id';
  const out = [];
  for (const o of orders) {
    out.push(users.map((u) => u[field]).includes(o.userId));
    field = field === 'id' ? 'level' : 'id';
  }
  return out;
}

export function growing(xs, a) {
  let b = 1;
  const bump = () => {
    b++;
  };
  const out = [];
  for (const x of xs) {
    out.push([a, b, 'c', 'd', 'e', 'f', 'g', 'h'].includes(x));
    bump();
  }
  return out;
}
