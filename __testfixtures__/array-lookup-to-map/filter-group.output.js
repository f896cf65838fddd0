// filter per item -> a group-by index; each lookup gets its own copy, so the caller may mutate it.
// @perfmod-check withLines(g.array(g.record({ id: g.key() })), g.array(g.record({ orderId: g.key(), qty: g.int() })))
export function withLines(orders, lines) {
  const linesByOrderId = new Map();
  lines.forEach((line) => {
    const group = linesByOrderId.get(line.orderId);
    if (group) group.push(line);
    else linesByOrderId.set(line.orderId, [line]);
  });
  linesByOrderId.delete(NaN);
  return orders.map((order) => {
    const mine = linesByOrderId.get(order.id)?.slice() ?? [];
    mine.push({ orderId: order.id, qty: 0, note: 'shipping' });
    return { order, lines: mine };
  });
}

// Only the count is used: an index of counts.
// @perfmod-check lineCounts(g.array(g.record({ id: g.key() })), g.array(g.record({ orderId: g.key() })))
export function lineCounts(orders, lines) {
  const counts = [];
  const lineCountByOrderId = new Map();
  lines.forEach((line) => lineCountByOrderId.set(line.orderId, (lineCountByOrderId.get(line.orderId) ?? 0) + 1));
  lineCountByOrderId.delete(NaN);
  for (const order of orders) {
    counts.push(lineCountByOrderId.get(order.id) ?? 0);
  }
  return counts;
}
