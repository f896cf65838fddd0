// Classic for with an indexed item, while, for-in and reduce callbacks.
// @perfmod-check classic(g.array(g.record({ userId: g.key() })), g.array(g.record({ id: g.key() })))
export function classic(orders, users) {
  const out = [];
  const userById = new Map();
  for (const u of users) if (!userById.has(u.id)) userById.set(u.id, u);
  userById.delete(NaN);
  for (let i = 0; i < orders.length; i++) {
    out.push(userById.get(orders[i].userId));
  }
  return out;
}

// @perfmod-check drain(g.array(g.key()), g.array(g.record({ id: g.key() })))
export function drain(queue, users) {
  const pending = queue.slice();
  const out = [];
  while (pending.length > 0) {
    const next = pending.shift();
    out.push(users.some((u) => u.id === next));
  }
  return out;
}

// @perfmod-check keysIn(g.fc.dictionary(g.fc.constantFrom('a', 'b', 'c', 'd'), g.int()), g.array(g.record({ name: g.key() })))
export function keysIn(settings, fields) {
  const known = [];
  for (const name in settings) {
    if (fields.some((f) => f.name === name)) known.push(name);
  }
  return known;
}

// @perfmod-check totals(g.array(g.record({ sku: g.key(), qty: g.int() })), g.array(g.record({ sku: g.key(), price: g.int() })))
export function totals(lines, prices) {
  const priceBySku = new Map();
  for (const p of prices) if (!priceBySku.has(p.sku)) priceBySku.set(p.sku, p);
  priceBySku.delete(NaN);
  return lines.reduce((sum, line) => {
    const price = priceBySku.get(line.sku);
    return sum + (price ? price.price * line.qty : 0);
  }, 0);
}
