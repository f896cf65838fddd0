// @perfmod-check customerCount(g.array(g.record({ customerId: g.key(), total: g.int() }), 30))
export function customerCount(orders) {
  const seen = new Set();
  let count = 0;
  for (const order of orders) {
    if (!seen.has(order.customerId)) {
      seen.add(order.customerId);
      count++;
    }
  }
  return count;
}

// @perfmod-check distinctValues(g.array(g.num(), 30))
export function distinctValues(values) {
  const out = [];
  const outSet = new Set(out);
  for (let i = 0; i < values.length; i++) {
    if (!outSet.has(values[i])) {
      out.push(values[i]);
      outSet.add(values[i]);
    }
  }
  return out;
}
