// indexOf never finds NaN while a Set does: these are review rewrites that assume no NaN,
// so the generated inputs hold no NaN.
// @perfmod-check pending(g.array(g.key()), g.array(g.key()))
export function pending(orderIds, shippedIds) {
  const shippedIdSet = new Set(shippedIds);
  return orderIds.filter((id) => !shippedIdSet.has(id));
}

// @perfmod-check shipped(g.array(g.key()), g.array(g.key()))
export function shipped(orderIds, shippedIds) {
  const shippedIdSet = new Set(shippedIds);
  return orderIds.filter((id) => shippedIdSet.has(id));
}

// @perfmod-check flags(g.array(g.key()), g.array(g.key()))
export function flags(names, enabled) {
  const enabledSet = new Set(enabled);
  return names.map((name) => ({
    name,
    on: enabledSet.has(name),
    onToo: enabledSet.has(name),
    reversed: enabledSet.has(name),
    off: !enabledSet.has(name),
  }));
}
