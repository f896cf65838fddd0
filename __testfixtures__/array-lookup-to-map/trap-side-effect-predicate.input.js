// Predicates (or looked-up values) with side effects: moving them would change what runs.
export function counted(orders, users) {
  let calls = 0;
  const out = orders.map((o) => users.find((u) => (calls++, u.id === o.userId)));
  return { out, calls };
}

export function logged(orders, users, log) {
  return orders.map((o) => users.find((u) => log(u) && u.id === o.userId));
}

export function nextKey(orders, users, keys) {
  return orders.map(() => users.find((u) => u.id === keys.next().value));
}
