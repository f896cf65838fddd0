// indexOf never finds NaN: the original drops every NaN, and so must the rewrite.
// @perfmod-check uniqueScores(g.array(g.num(), 20))
export function uniqueScores(scores: number[]): number[] {
  return scores.filter((s, i, self) => self.indexOf(s) === i);
}

// @perfmod-check uniqueTags(g.array(g.str(), 20))
export function uniqueTags(tags: string[]): string[] {
  return tags.filter((tag, index) => tags.indexOf(tag) === index);
}

// @perfmod-check uniqueMixed(g.array(g.oneof(g.key(), g.num()), 20))
export function uniqueMixed(values: Array<string | number>) {
  const unique = values.filter(function (v, i, all) {
    return i === all.indexOf(v);
  });
  return unique.length;
}
