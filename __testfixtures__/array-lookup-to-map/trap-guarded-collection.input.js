// The loop guards against a missing collection: building the index before it would throw.
export function owners(orders, users) {
  const out = [];
  for (const o of orders) {
    if (!Array.isArray(users)) continue;
    out.push(users.findIndex((u) => u.id === o.userId));
  }
  return out;
}
