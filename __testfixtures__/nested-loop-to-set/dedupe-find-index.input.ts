interface Row {
  id: number;
  name: string;
}

// The first row of each id, in order; rows whose id is NaN are dropped (findIndex never finds NaN).
// @perfmod-check firstPerId(g.array(g.record({ id: g.num(), name: g.str() }), 20))
// @perfmod-check firstPerId(g.array(g.record({ id: g.int(), name: g.str() }), 20))
export function firstPerId(rows: Row[]): Row[] {
  return rows.filter((row, i, self) => self.findIndex((other) => other.id === row.id) === i);
}

// @perfmod-check firstPerName(g.array(g.record({ id: g.int(), name: g.str() }), 20))
export function firstPerName(rows: Row[]): Row[] {
  const result = rows.filter((r, i, arr) => arr.findIndex((x) => r.name === x.name) === i);
  return result;
}
