// The collection changes inside the loop through another name for the same array.
export function register(orders, known) {
  const users = known.slice();
  const pending = users;
  const out = [];
  for (const o of orders) {
    out.push(users.find((u) => u.id === o.userId));
    pending.push({ id: o.userId });
  }
  return out;
}

export function registerInState(orders, known) {
  const users = known.slice();
  const state = { users };
  const out = [];
  for (const o of orders) {
    out.push(users.findIndex((u) => u.id === o.userId));
    state.users.push({ id: o.userId });
  }
  return out;
}
