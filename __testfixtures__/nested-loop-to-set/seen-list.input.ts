interface Order {
  customerId: string;
  total: number;
}

// Used only through includes and push: the list becomes a Set.
// @perfmod-check customerCount(g.array(g.record({ customerId: g.key(), total: g.int() }), 30))
export function customerCount(orders: Order[]): number {
  const seen: string[] = [];
  let count = 0;
  for (const order of orders) {
    if (!seen.includes(order.customerId)) {
      seen.push(order.customerId);
      count++;
    }
  }
  return count;
}

// Returned as well: a Set is kept beside it, and the list keeps its order.
// includes and a Set both find NaN and treat -0 as +0.
// @perfmod-check distinctValues(g.array(g.num(), 30))
export function distinctValues(values: number[]): number[] {
  const out: number[] = [];
  values.forEach((v) => {
    if (out.includes(v)) return;
    out.push(v);
  });
  return out;
}

// @perfmod-check firstOrders(g.array(g.record({ customerId: g.key(), total: g.int() }), 30))
export function firstOrders(orders: Order[]) {
  const customers: string[] = [];
  const first: Order[] = [];
  for (const order of orders) {
    if (customers.includes(order.customerId)) continue;
    customers.push(order.customerId);
    first.push(order);
  }
  return { first, customers: customers.length };
}
