// The mapped collection holds each user's id; the loop rewrites ids through other names, so a Set
// of the ids built before the loop would go stale.
export function known(orders, users) {
  const out = [];
  for (const o of orders) {
    out.push(users.map((u) => u.id).includes(o.userId));
    const first = users[0];
    if (first) first.id = o.userId;
  }
  return out;
}

export function renamed(orders, users) {
  const out = [];
  for (const o of orders) {
    out.push(users.map((u) => u.id).includes(o.userId));
    for (const u of users) u.id = o.userId;
  }
  return out;
}
