// includes with a start index, and a some() whose callback tests more than equality.
export function afterFirst(items, list) {
  return items.filter((x) => list.includes(x, 1));
}

export function laterMatch(items, list) {
  return items.filter((x) => list.some((y, i) => y === x && i > 0));
}

export function pendingIndexes(items, list) {
  return items.map((x) => list.indexOf(x));
}
