// `===` never matches NaN while a Set does: the Set leaves NaN out (exact, NaN in the inputs too).
// @perfmod-check intersection(g.array(g.key()), g.array(g.key()))
// @perfmod-check intersection(g.array(g.num()), g.array(g.num()))
export function intersection(a, b) {
  const out = [];
  for (const x of a) {
    for (const y of b) {
      if (x === y) {
        out.push(x);
        break;
      }
    }
  }
  return out;
}

// forEach outside, for-of inside, key comparison.
// @perfmod-check linked(g.array(g.record({ id: g.key(), title: g.str() })), g.array(g.record({ id: g.key() })))
export function linked(posts, pinned) {
  const result = [];
  posts.forEach((post) => {
    for (const pin of pinned) {
      if (pin.id === post.id) {
        result.push(post.title);
        break;
      }
    }
  });
  return result;
}
