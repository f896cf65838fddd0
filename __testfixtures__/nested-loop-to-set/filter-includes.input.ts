// @perfmod-check sharedTags(g.array(g.str()), g.array(g.str()))
// @perfmod-check sharedTags(g.array(g.key()), g.array(g.key()))
export function sharedTags(postTags: string[], followedTags: string[]): string[] {
  return postTags.filter(tag => followedTags.includes(tag));
}

// includes and Set both use SameValueZero: NaN and -0 behave the same, so numbers are safe too.
// @perfmod-check commonScores(g.array(g.num()), g.array(g.num()))
export function commonScores(mine: number[], theirs: Array<number>): number[] {
  return mine.filter(function (score) {
    return theirs.includes(score);
  });
}
