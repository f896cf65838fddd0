// findIndex inside forEach, with the value on the left and a function-expression predicate.
// @perfmod-check positions(g.array(g.record({ sku: g.key() })), g.array(g.record({ sku: g.key(), qty: g.int() })))
export function positions(lines, stock) {
  const out = [];
  lines.forEach((line) => {
    const at = stock.findIndex(function (s) {
      return line.sku === s.sku;
    });
    out.push(at);
  });
  return out;
}

// Used inside an expression: the replacement keeps its precedence.
// @perfmod-check offsets(g.array(g.key()), g.array(g.record({ code: g.key() })))
export function offsets(codes, table) {
  return codes.map((code) => 1 + table.findIndex((row) => row.code === code));
}
