// Numeric keys: `===` never matches NaN but a Map does, so the Map leaves NaN out: exact on NaN,
// -0 and missing keys alike.
// @perfmod-check prices(g.array(g.num()), g.array(g.record({ id: g.num(), price: g.int() })))
// @perfmod-check prices(g.array(g.int()), g.array(g.record({ id: g.int(), price: g.int() })))
export function prices(cart, products) {
  let total = 0;
  const productById = new Map();
  for (const p of products) if (!productById.has(p.id)) productById.set(p.id, p);
  productById.delete(NaN);
  for (const productId of cart) {
    const product = productById.get(productId);
    total += product ? product.price : 0;
  }
  return total;
}
