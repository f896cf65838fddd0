export interface User {
  id: string;
  name: string;
}

export interface Order {
  id: number;
  userId: string;
  total: number;
}

/** Each order with its customer's name: a `find` per order, O(n·m). */
export function ordersWithUserNames(orders: Order[], users: User[]): { orderId: number; userName: string | undefined }[] {
  const rows: { orderId: number; userName: string | undefined }[] = [];
  for (const o of orders) {
    const user = users.find((u) => u.id === o.userId);
    rows.push({ orderId: o.id, userName: user?.name });
  }
  return rows;
}
