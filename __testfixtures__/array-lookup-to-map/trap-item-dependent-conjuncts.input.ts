type Price = { sku: string; region: string; amount: number };

// Both conjuncts depend on the loop item (a composite key): untouched.
export function priceFor(lines: { sku: string; region: string }[], prices: Price[]) {
  return lines.map((l) => prices.find((p) => p.sku === l.sku && p.region === l.region)?.amount);
}

// `||` is not a key lookup.
export function either(lines: { sku: string }[], prices: Price[]) {
  return lines.map((l) => prices.some((p) => p.sku === l.sku || p.region === 'any'));
}

// A destructured element with extra conditions: the index could not name `active`.
export function activeBySku(skus: string[], prices: (Price & { active: boolean })[]) {
  return skus.map((s) => prices.find(({ sku, active }) => sku === s && active));
}
