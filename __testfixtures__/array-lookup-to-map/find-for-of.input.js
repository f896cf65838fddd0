// Attach each order's customer: the classic accidental O(n·m) join.
// @perfmod-check attachCustomers(g.array(g.record({ id: g.int(), customerId: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })))
export function attachCustomers(orders, customers) {
  const result = [];
  for (const order of orders) {
    const customer = customers.find((c) => c.id === order.customerId);
    result.push({ order, customer });
  }
  return result;
}
