// Classic for with an indexed item, while, for-in and reduce callbacks.
// @perfmod-check classic(g.array(g.record({ userId: g.key() })), g.array(g.record({ id: g.key() })))
export function classic(orders, users) {
  const out = [];
  const usersById = new Map();
  for (const u of users) if (!usersById.has(u.id)) usersById.set(u.id, u);
  for (let i = 0; i < orders.length; i++) {
    out.push(usersById.get(orders[i].userId));
  }
  return out;
}

// @perfmod-check drain(g.array(g.key()), g.array(g.record({ id: g.key() })))
export function drain(queue, users) {
  const pending = queue.slice();
  const out = [];
  const usersIdSet = new Set();
  users.forEach((u) => usersIdSet.add(u.id));
  while (pending.length > 0) {
    const next = pending.shift();
    out.push(usersIdSet.has(next));
  }
  return out;
}

// @perfmod-check keysIn(g.fc.dictionary(g.fc.constantFrom('a', 'b', 'c', 'd'), g.int()), g.array(g.record({ name: g.key() })))
export function keysIn(settings, fields) {
  const known = [];
  const fieldsNameSet = new Set();
  fields.forEach((f) => fieldsNameSet.add(f.name));
  for (const name in settings) {
    if (fieldsNameSet.has(name)) known.push(name);
  }
  return known;
}

// @perfmod-check totals(g.array(g.record({ sku: g.key(), qty: g.int() })), g.array(g.record({ sku: g.key(), price: g.int() })))
export function totals(lines, prices) {
  const pricesBySku = new Map();
  for (const p of prices) if (!pricesBySku.has(p.sku)) pricesBySku.set(p.sku, p);
  return lines.reduce((sum, line) => {
    const price = pricesBySku.get(line.sku);
    return sum + (price ? price.price * line.qty : 0);
  }, 0);
}
