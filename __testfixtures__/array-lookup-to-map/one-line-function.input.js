// A function written on one line: the index statements go on lines of their own, and so do the
// statements around them (never `const out = [];const byId = …` or `}return out;`).
// @perfmod-check picked(g.array(g.key()), g.array(g.record({ id: g.key() })))
export function picked(ids, rows) { const out = []; for (const id of ids) { const row = rows.find((r) => r.id === id); if (row) out.push(row); } return out; }
