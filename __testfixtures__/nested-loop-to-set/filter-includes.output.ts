// @perfmod-check sharedTags(g.array(g.str()), g.array(g.str()))
// @perfmod-check sharedTags(g.array(g.key()), g.array(g.key()))
export function sharedTags(postTags: string[], followedTags: string[]): string[] {
  const followedTagSet = new Set(followedTags);
  return postTags.filter(tag => followedTagSet.has(tag));
}

// includes and Set both use SameValueZero: NaN and -0 behave the same, so numbers are safe too.
// @perfmod-check commonScores(g.array(g.num()), g.array(g.num()))
export function commonScores(mine: number[], theirs: Array<number>): number[] {
  const theirSet = new Set(theirs);
  return mine.filter(function (score) {
    return theirSet.has(score);
  });
}
