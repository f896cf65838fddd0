// Attach each order's customer: the classic accidental O(n·m) join.
// @perfmod-check attachCustomers(g.array(g.record({ id: g.int(), customerId: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })))
export function attachCustomers(orders, customers) {
  const result = [];
  const customerById = new Map();
  for (const c of customers) if (!customerById.has(c.id)) customerById.set(c.id, c);
  customerById.delete(NaN);
  for (const order of orders) {
    const customer = customerById.get(order.customerId);
    result.push({ order, customer });
  }
  return result;
}
