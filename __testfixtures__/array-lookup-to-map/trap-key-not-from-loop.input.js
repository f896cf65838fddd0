// The looked-up value does not depend on the loop item: not a repeated lookup of different keys.
export function stamp(orders, users, adminId) {
  for (const o of orders) {
    o.approvedBy = users.find((u) => u.id === adminId);
  }
  return orders;
}
