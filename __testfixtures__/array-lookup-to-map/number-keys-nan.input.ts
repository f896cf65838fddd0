export interface Product {
  id: number;
  price: number;
}

// Numeric keys: `===` never matches NaN but a Map does, so the Map leaves NaN out (exact, safe).
// Without the checker `map.delete(NaN)` might not type-check, so there NaN is a stated assumption
// (and the inputs hold none); number-keys-nan.js checks NaN inputs.
// @perfmod-check prices(g.array(g.int()), g.array(g.record({ id: g.int(), price: g.int() })))
export function prices(cart: number[], products: Product[]): number {
  let total = 0;
  for (const productId of cart) {
    const product = products.find((p) => p.id === productId);
    total += product ? product.price : 0;
  }
  return total;
}
