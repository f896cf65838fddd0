export interface Order {
  id: number;
}

export interface OrderLine {
  orderId: number;
  qty: number;
}

/** How many lines each order has: `filter(...).length` per order, O(n·m). */
export function lineCounts(orders: Order[], lines: OrderLine[]): number[] {
  const counts: number[] = [];
  for (const order of orders) {
    counts.push(lines.filter((line) => line.orderId === order.id).length);
  }
  return counts;
}
