// The mapped array is rebuilt for every product: O(n·m) allocations.
// @perfmod-check inStock(g.array(g.record({ sku: g.key(), price: g.int() })), g.array(g.record({ sku: g.key(), qty: g.int() })))
export function inStock(products, inventory) {
  const inventorySkuSet = new Set(inventory.map((row) => row.sku));
  return products.filter((product) => inventorySkuSet.has(product.sku));
}
