// The predicate reads its own index (two loop variables) or compares against the loop position.
export function skipFirst(orders, users) {
  return orders.map((o) => users.find((u, i) => i > 0 && u.id === o.userId));
}

export function byRank(count, players) {
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(players.find((p) => p.rank === i));
  }
  return out;
}
