// `===` never matches NaN while a Set does: review, inputs without NaN.
// @perfmod-check intersection(g.array(g.key()), g.array(g.key()))
export function intersection(a, b) {
  const out = [];
  const bSet = new Set(b);
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
  posts.forEach((post) => {
    if (pinnedIdSet.has(post.id)) {
      result.push(post.title);
    }
  });
  return result;
}
