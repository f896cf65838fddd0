/** Ids that appear in both lists: `filter` + `includes`, O(n·m). */
export function sharedIds(mine: number[], theirs: number[]): number[] {
  return mine.filter((id) => theirs.includes(id));
}
