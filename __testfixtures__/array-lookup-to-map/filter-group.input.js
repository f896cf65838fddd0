// filter per item -> a group-by index; each lookup gets its own copy, so the caller may mutate it.
// @perfmod-check withLines(g.array(g.record({ id: g.key() })), g.array(g.record({ orderId: g.key(), qty: g.int() })))
export function withLines(orders, lines) {
  return orders.map((order) => {
    const mine = lines.filter((line) => line.orderId === order.id);
    mine.push({ orderId: order.id, qty: 0, note: 'shipping' });
    return { order, lines: mine };
  });
}

// Only the count is used: an index of counts.
// @perfmod-check lineCounts(g.array(g.record({ id: g.key() })), g.array(g.record({ orderId: g.key() })))
export function lineCounts(orders, lines) {
  const counts = [];
  for (const order of orders) {
    counts.push(lines.filter((line) => line.orderId === order.id).length);
  }
  return counts;
}
