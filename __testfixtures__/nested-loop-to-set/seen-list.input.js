// @perfmod-check customerCount(g.array(g.record({ customerId: g.key(), total: g.int() }), 30))
export function customerCount(orders) {
  const seen = [];
  let count = 0;
  for (const order of orders) {
    if (!seen.includes(order.customerId)) {
      seen.push(order.customerId);
      count++;
    }
  }
  return count;
}

// @perfmod-check distinctValues(g.array(g.num(), 30))
export function distinctValues(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    if (!out.includes(values[i])) out.push(values[i]);
  }
  return out;
}
