/** Distinct ids, first occurrence kept: the self-index de-duplication, O(n²). */
export function distinctIds(ids: number[]): number[] {
  return ids.filter((id, i, self) => self.indexOf(id) === i);
}
