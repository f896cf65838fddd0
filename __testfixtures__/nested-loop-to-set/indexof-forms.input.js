// indexOf never finds NaN while a Set does, and skips holes: the Set leaves NaN out and is filled
// by forEach (which skips holes too), so the rewrite is exact for any input, NaN and holes included.
// @perfmod-check pending(g.array(g.key()), g.array(g.key()))
// @perfmod-check pending(g.array(g.num()), g.array(g.num()))
export function pending(orderIds, shippedIds) {
  return orderIds.filter((id) => shippedIds.indexOf(id) === -1);
}

// @perfmod-check shipped(g.array(g.key()), g.array(g.key()))
// @perfmod-check shipped(g.array(g.num()), g.array(g.num()))
export function shipped(orderIds, shippedIds) {
  return orderIds.filter((id) => shippedIds.indexOf(id) !== -1);
}

// @perfmod-check flags(g.array(g.key()), g.array(g.key()))
export function flags(names, enabled) {
  return names.map((name) => ({
    name,
    on: enabled.indexOf(name) >= 0,
    onToo: enabled.indexOf(name) > -1,
    reversed: -1 !== enabled.indexOf(name),
    off: 0 > enabled.indexOf(name),
  }));
}
