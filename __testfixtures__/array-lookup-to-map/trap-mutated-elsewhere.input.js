// The collection changes through a closure the loop calls, or is stored where other code can change it.
export function viaClosure(ids, users) {
  const drop = (id) => users.splice(users.findIndex((u) => u.id === id), 1);
  const out = [];
  for (const id of ids) {
    out.push(users.find((u) => u.id === id));
    drop(id);
  }
  return out;
}

export function stored(ids, users, registry) {
  const out = [];
  for (const id of ids) {
    registry.current = users;
    out.push(users.some((u) => u.id === id));
  }
  return out;
}
