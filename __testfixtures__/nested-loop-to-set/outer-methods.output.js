// @perfmod-check anyCommon(g.array(g.key()), g.array(g.key()))
export function anyCommon(mine, theirs) {
  const theirSet = new Set(theirs);
  return mine.some((x) => theirSet.has(x));
}

// @perfmod-check isSubset(g.array(g.key()), g.array(g.key()))
export function isSubset(part, whole) {
  const wholeSet = new Set(whole);
  return part.every((x) => wholeSet.has(x));
}

// @perfmod-check firstCommon(g.array(g.key()), g.array(g.key()))
export function firstCommon(mine, theirs) {
  const theirSet = new Set(theirs);
  return mine.find((x) => theirSet.has(x));
}

// @perfmod-check firstCommonIndex(g.array(g.key()), g.array(g.key()))
export function firstCommonIndex(mine, theirs) {
  const theirSet = new Set(theirs);
  return mine.findIndex((x) => theirSet.has(x));
}

// @perfmod-check markSeen(g.array(g.key()), g.array(g.key()))
export function markSeen(items, seen) {
  const marks = [];
  const seenSet = new Set(seen);
  items.forEach((item, index) => {
    if (seenSet.has(item)) marks.push(index);
  });
  return marks;
}

// @perfmod-check labels(g.array(g.key()), g.array(g.key()))
export function labels(items, selected) {
  const selectedSet = new Set(selected);
  return items.map((item) => (selectedSet.has(item) ? `[x] ${item}` : `[ ] ${item}`));
}

// @perfmod-check expand(g.array(g.key()), g.array(g.key()))
export function expand(items, doubled) {
  const doubledSet = new Set(doubled);
  return items.flatMap((item) => (doubledSet.has(item) ? [item, item] : [item]));
}

// @perfmod-check countKnown(g.array(g.key()), g.array(g.key()))
export function countKnown(items, known) {
  const knownSet = new Set(known);
  return items.reduce((count, item) => count + (knownSet.has(item) ? 1 : 0), 0);
}
