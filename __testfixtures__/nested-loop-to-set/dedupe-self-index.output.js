// indexOf never finds NaN: the original drops every NaN, and so must the rewrite.
// @perfmod-check uniqueScores(g.array(g.num(), 20))
export function uniqueScores(scores) {
  const seenScores = new Set();
  return scores.filter((s) => {
    // s !== s only for NaN, which indexOf never finds: dropped as before.
    if (s !== s || seenScores.has(s)) return false;
    seenScores.add(s);
    return true;
  });
}

// @perfmod-check uniqueTags(g.array(g.str(), 20))
export function uniqueTags(tags) {
  const seenTags = new Set();
  return tags.filter((tag) => {
    // tag !== tag only for NaN, which indexOf never finds: dropped as before.
    if (tag !== tag || seenTags.has(tag)) return false;
    seenTags.add(tag);
    return true;
  });
}

// @perfmod-check uniqueMixed(g.array(g.oneof(g.key(), g.num()), 20))
export function uniqueMixed(values) {
  const seenValues = new Set();
  const unique = values.filter(function(v) {
    // v !== v only for NaN, which indexOf never finds: dropped as before.
    if (v !== v || seenValues.has(v)) return false;
    seenValues.add(v);
    return true;
  });
  return unique.length;
}
