interface User {
  id: string;
  name: string;
}

interface Order {
  id: number;
  userId: string;
}

// Typed arrays of objects with string keys: the rewrite is proven (safe).
// @perfmod-check ownerNames(g.array(g.record({ id: g.int(), userId: g.str() })), g.array(g.record({ id: g.str(), name: g.str() })))
export function ownerNames(orders: Order[], users: User[]): string[] {
  const names: string[] = [];
  const userById = new Map<string, User>();
  for (const user of users) if (!userById.has(user.id)) userById.set(user.id, user);
  for (const order of orders) {
    const owner = userById.get(order.userId);
    names.push(owner ? owner.name : '?');
  }
  return names;
}
