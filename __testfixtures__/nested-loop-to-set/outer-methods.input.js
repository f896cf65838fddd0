// @perfmod-check anyCommon(g.array(g.key()), g.array(g.key()))
export function anyCommon(mine, theirs) {
  return mine.some((x) => theirs.includes(x));
}

// @perfmod-check isSubset(g.array(g.key()), g.array(g.key()))
export function isSubset(part, whole) {
  return part.every((x) => whole.includes(x));
}

// @perfmod-check firstCommon(g.array(g.key()), g.array(g.key()))
export function firstCommon(mine, theirs) {
  return mine.find((x) => theirs.includes(x));
}

// @perfmod-check firstCommonIndex(g.array(g.key()), g.array(g.key()))
export function firstCommonIndex(mine, theirs) {
  return mine.findIndex((x) => theirs.includes(x));
}

// @perfmod-check markSeen(g.array(g.key()), g.array(g.key()))
export function markSeen(items, seen) {
  const marks = [];
  items.forEach((item, index) => {
    if (seen.includes(item)) marks.push(index);
  });
  return marks;
}

// @perfmod-check labels(g.array(g.key()), g.array(g.key()))
export function labels(items, selected) {
  return items.map((item) => (selected.includes(item) ? `[x] ${item}` : `[ ] ${item}`));
}

// @perfmod-check expand(g.array(g.key()), g.array(g.key()))
export function expand(items, doubled) {
  return items.flatMap((item) => (doubled.includes(item) ? [item, item] : [item]));
}

// @perfmod-check countKnown(g.array(g.key()), g.array(g.key()))
export function countKnown(items, known) {
  return items.reduce((count, item) => count + (known.includes(item) ? 1 : 0), 0);
}
