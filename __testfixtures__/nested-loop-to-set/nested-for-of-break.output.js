// `===` never matches NaN while a Set does: the Set leaves NaN out (exact, NaN in the inputs too).
// @perfmod-check intersection(g.array(g.key()), g.array(g.key()))
// @perfmod-check intersection(g.array(g.num()), g.array(g.num()))
export function intersection(a, b) {
  const out = [];
  const bSet = new Set(b);
  bSet.delete(NaN);
  for (const x of a) {
    if (bSet.has(x)) {
      out.push(x);
    }
  }
  return out;
}

// forEach outside, for-of inside, key comparison.
// @perfmod-check linked(g.array(g.record({ id: g.key(), title: g.str() })), g.array(g.record({ id: g.key() })))
export function linked(posts, pinned) {
  const result = [];
  const pinnedIdSet = new Set(pinned.map(pin => pin.id));
  pinnedIdSet.delete(NaN);
  posts.forEach((post) => {
    if (pinnedIdSet.has(post.id)) {
      result.push(post.title);
    }
  });
  return result;
}
