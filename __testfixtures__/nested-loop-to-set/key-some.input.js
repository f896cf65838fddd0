// @perfmod-check activeMembers(g.array(g.record({ id: g.key(), name: g.str() })), g.array(g.record({ id: g.key() })))
export function activeMembers(members, activeUsers) {
  return members.filter((member) => activeUsers.some((user) => user.id === member.id));
}

// Destructured parameter, reversed comparison, negated (difference by key).
// @perfmod-check newOrders(g.array(g.record({ ref: g.key(), total: g.int() })), g.array(g.record({ ref: g.key() })))
export function newOrders(incoming, stored) {
  return incoming.filter(function (order) {
    return !stored.some(({ ref }) => order.ref === ref);
  });
}
