// indexOf never finds NaN while a Set does, and skips holes: the Set leaves NaN out and is filled
// by forEach (which skips holes too), so the rewrite is exact for any input, NaN and holes included.
// @perfmod-check pending(g.array(g.key()), g.array(g.key()))
// @perfmod-check pending(g.array(g.num()), g.array(g.num()))
export function pending(orderIds, shippedIds) {
  const shippedIdSet = new Set();
  shippedIds.forEach((x) => shippedIdSet.add(x));
  shippedIdSet.delete(NaN);
  return orderIds.filter((id) => !shippedIdSet.has(id));
}

// @perfmod-check shipped(g.array(g.key()), g.array(g.key()))
// @perfmod-check shipped(g.array(g.num()), g.array(g.num()))
export function shipped(orderIds, shippedIds) {
  const shippedIdSet = new Set();
  shippedIds.forEach((x) => shippedIdSet.add(x));
  shippedIdSet.delete(NaN);
  return orderIds.filter((id) => shippedIdSet.has(id));
}

// @perfmod-check flags(g.array(g.key()), g.array(g.key()))
export function flags(names, enabled) {
  const enabledSet = new Set();
  enabled.forEach((x) => enabledSet.add(x));
  enabledSet.delete(NaN);
  return names.map((name) => ({
    name,
    on: enabledSet.has(name),
    onToo: enabledSet.has(name),
    reversed: enabledSet.has(name),
    off: !enabledSet.has(name),
  }));
}
