// Numeric keys: `===` never matches NaN but a Map does, so the Map leaves NaN out: exact on NaN,
// -0 and missing keys alike.
// @perfmod-check prices(g.array(g.num()), g.array(g.record({ id: g.num(), price: g.int() })))
// @perfmod-check prices(g.array(g.int()), g.array(g.record({ id: g.int(), price: g.int() })))
export function prices(cart, products) {
  let total = 0;
  for (const productId of cart) {
    const product = products.find((p) => p.id === productId);
    total += product ? product.price : 0;
  }
  return total;
}
