// thisArg, fromIndex, optional calls: other semantics.
export function withThis(orders, users, ctx) {
  return orders.map((o) => users.find(function (u) { return u.id === o.userId; }, ctx));
}

export function fromIndex(ids, list) {
  return ids.map((id) => list.indexOf(id, 1));
}

export function optional(ids, list) {
  return ids.map((id) => list?.find((x) => x.id === id));
}

export function byReference(ids, list, matches) {
  return ids.map((id) => list.find(matches));
}
