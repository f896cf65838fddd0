// @perfmod-check activeMembers(g.array(g.record({ id: g.key(), name: g.str() })), g.array(g.record({ id: g.key() })))
export function activeMembers(members, activeUsers) {
  const activeUserIdSet = new Set();
  activeUsers.forEach((user) => activeUserIdSet.add(user.id));
  activeUserIdSet.delete(NaN);
  return members.filter((member) => activeUserIdSet.has(member.id));
}

// Destructured parameter, reversed comparison, negated (difference by key).
// @perfmod-check newOrders(g.array(g.record({ ref: g.key(), total: g.int() })), g.array(g.record({ ref: g.key() })))
export function newOrders(incoming, stored) {
  const storedRefSet = new Set(stored.map(({ ref }) => ref));
  storedRefSet.delete(NaN);
  return incoming.filter(function (order) {
    return !storedRefSet.has(order.ref);
  });
}
