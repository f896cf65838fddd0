// A function written on one line: the index statements go on lines of their own, and so do the
// statements around them (never `const out = [];const byId = …` or `}return out;`).
// @perfmod-check picked(g.array(g.key()), g.array(g.record({ id: g.key() })))
export function picked(ids, rows) {
  const out = [];
  const rowById = new Map();
  for (const r of rows) if (!rowById.has(r.id)) rowById.set(r.id, r);
  rowById.delete(NaN);
  for (const id of ids) { const row = rowById.get(id); if (row) out.push(row); }
  return out;
}
