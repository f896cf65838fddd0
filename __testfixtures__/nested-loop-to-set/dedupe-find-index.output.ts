interface Row {
  id: number;
  name: string;
}

// The first row of each id, in order; rows whose id is NaN are dropped (findIndex never finds NaN).
// @perfmod-check firstPerId(g.array(g.record({ id: g.num(), name: g.str() }), 20))
// @perfmod-check firstPerId(g.array(g.record({ id: g.int(), name: g.str() }), 20))
export function firstPerId(rows: Row[]): Row[] {
  const seenIds = new Set();
  return rows.filter((row) => {
    // row.id !== row.id only for NaN, which findIndex never finds: dropped as before.
    if (row.id !== row.id || seenIds.has(row.id)) return false;
    seenIds.add(row.id);
    return true;
  });
}

// @perfmod-check firstPerName(g.array(g.record({ id: g.int(), name: g.str() }), 20))
export function firstPerName(rows: Row[]): Row[] {
  const seenNames = new Set();
  const result = rows.filter((r) => {
    if (seenNames.has(r.name)) return false;
    seenNames.add(r.name);
    return true;
  });
  return result;
}
