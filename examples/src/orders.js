/**
 * Attaches each order's customer. `users.find` scans the whole user list once per order.
 * @param {{ id: number, name: string }[]} users
 * @param {{ id: number, userId: number, total: number }[]} orders
 */
export function ordersWithCustomers(users, orders) {
  const result = [];
  for (const o of orders) {
    const customer = users.find((u) => u.id === o.userId);
    result.push({ ...o, customerName: customer ? customer.name : 'unknown' });
  }
  return result;
}

/** Total spent per user, looking the user up for every order. */
export function totalsByUserName(users, orders) {
  const totals = {};
  orders.forEach((o) => {
    const user = users.find((u) => u.id === o.userId);
    if (!user) return;
    totals[user.name] = (totals[user.name] ?? 0) + o.total;
  });
  return totals;
}
