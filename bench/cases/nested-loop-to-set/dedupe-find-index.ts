export interface Row {
  id: number;
  name: string;
}

/** The first row of each id: `findIndex` by key against the row's own position, O(n²). */
export function firstRowPerId(rows: Row[]): Row[] {
  return rows.filter((row, i, self) => self.findIndex((other) => other.id === row.id) === i);
}
