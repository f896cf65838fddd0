// Attach each order's customer: the classic accidental O(n·m) join.
// @perfmod-check attachCustomers(g.array(g.record({ id: g.int(), customerId: g.key() })), g.array(g.record({ id: g.key(), name: g.str() })))
export function attachCustomers(orders, customers) {
  const result = [];
  const customersById = new Map();
  for (const c of customers) if (!customersById.has(c.id)) customersById.set(c.id, c);
  for (const order of orders) {
    const customer = customersById.get(order.customerId);
    result.push({ order, customer });
  }
  return result;
}
