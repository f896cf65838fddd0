export function looseIds(ids: Array<string | number>, known: Array<string | number>): Array<string | number> {
  return ids.filter((id) => known.some((k) => k == id));
}
