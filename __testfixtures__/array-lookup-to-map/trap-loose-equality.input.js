// `==` coerces ('1' == 1): a Map would not. Never rewritten.
export function match(orders, users) {
  return orders.map((o) => users.find((u) => u.id == o.userId));
}
