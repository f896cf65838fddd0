// The indexed collection changes inside the loop: an index built before it would be stale.
export function dedupe(incoming, seen) {
  const added = [];
  for (const item of incoming) {
    if (!seen.some((s) => s.key === item.key)) {
      seen.push(item);
      added.push(item);
    }
  }
  return added;
}

export function reassigned(ids, users) {
  const out = [];
  for (const id of ids) {
    out.push(users.find((u) => u.id === id));
    users = users.filter((u) => u.id !== id);
  }
  return out;
}

export function sorted(ids, users) {
  return ids.map((id) => {
    users.sort((a, b) => a.rank - b.rank);
    return users.findIndex((u) => u.id === id);
  });
}
