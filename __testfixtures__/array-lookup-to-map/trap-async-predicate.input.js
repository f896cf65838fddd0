// Predicates that are not a plain equality: async, block bodies with statements, negation.
export function notMatching(orders, users) {
  return orders.map((o) => users.filter((u) => u.id !== o.userId));
}

export function blocky(orders, users) {
  return orders.map((o) => users.find((u) => {
    const id = u.id;
    return id === o.userId;
  }));
}

export async function later(orders, users) {
  return orders.map((o) => users.find(async (u) => u.id === o.userId));
}
