// findIndex inside forEach, with the value on the left and a function-expression predicate.
// @perfmod-check positions(g.array(g.record({ sku: g.key() })), g.array(g.record({ sku: g.key(), qty: g.int() })))
export function positions(lines, stock) {
  const out = [];
  const stockIndexBySku = new Map();
  for (const [i, s] of stock.entries()) if (!stockIndexBySku.has(s.sku)) stockIndexBySku.set(s.sku, i);
  stockIndexBySku.delete(NaN);
  lines.forEach((line) => {
    const at = stockIndexBySku.get(line.sku) ?? -1;
    out.push(at);
  });
  return out;
}

// Used inside an expression: the replacement keeps its precedence.
// @perfmod-check offsets(g.array(g.key()), g.array(g.record({ code: g.key() })))
export function offsets(codes, table) {
  const tableIndexByCode = new Map();
  for (const [i, row] of table.entries()) if (!tableIndexByCode.has(row.code)) tableIndexByCode.set(row.code, i);
  tableIndexByCode.delete(NaN);
  return codes.map((code) => 1 + (tableIndexByCode.get(code) ?? -1));
}
