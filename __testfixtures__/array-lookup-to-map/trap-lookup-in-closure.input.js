// The lookup runs later, in a closure created by the loop: the index would outlive its proof.
export function handlers(orders, users) {
  const out = [];
  for (const o of orders) {
    out.push(() => users.find((u) => u.id === o.userId));
  }
  return out;
}
