export interface Line {
  sku: string;
  qty: number;
}

export interface StockRow {
  sku: string;
  onHand: number;
}

/** Where each line's product sits in the stock table: a `findIndex` per line, O(n·m). */
export function stockPositions(lines: Line[], stock: StockRow[]): number[] {
  return lines.map((line) => stock.findIndex((row) => row.sku === line.sku));
}
