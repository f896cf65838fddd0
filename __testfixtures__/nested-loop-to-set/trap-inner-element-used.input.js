// The body uses the inner element: `y` may be -0 where `x` is +0, so it cannot be replaced by `x`.
export function pick(a, b) {
  const out = [];
  for (const x of a) {
    for (const y of b) {
      if (x === y) {
        out.push(y);
        break;
      }
    }
  }
  return out;
}

// The body breaks out of the outer loop too: no single replacement keeps the control flow.
export function firstTwo(a, b) {
  const out = [];
  outer: for (const x of a) {
    for (const y of b) {
      if (x === y) {
        out.push(x);
        if (out.length === 2) break outer;
        break;
      }
    }
  }
  return out;
}
