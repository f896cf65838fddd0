// The looked-up value changes only with the outer loop, but the collection is the inner callback's
// parameter: before the outer loop there is no `list` to index.
export function positions(orders, lists) {
  return orders.map((o) => lists.map((list) => list.findIndex((u) => u.id === o.userId)));
}
