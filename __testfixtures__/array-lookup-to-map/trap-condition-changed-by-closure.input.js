// The extra condition reads a variable that a function called in the loop changes: an index
// filtered once, before the loop, would keep using its first value.
export function levelled(orders, users) {
  let minLevel = 0;
  const raise = () => {
    minLevel++;
  };
  const out = [];
  for (const o of orders) {
    out.push(users.find((u) => u.id === o.userId && u.level === minLevel));
    raise();
  }
  return out;
}

export function alternating(orders, users) {
  let wanted = true;
  function flip() {
    wanted = !wanted;
  }
  return orders.map((o) => {
    flip();
    return users.find((u) => u.id === o.userId && u.active === wanted);
  });
}
