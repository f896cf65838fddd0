// Not de-duplications by self-index: another array, another position, a start index, last occurrences.
// @perfmod-check inOther(g.array(g.int()), g.array(g.int()))
export function inOther(xs: number[], ys: number[]): number[] {
  return xs.filter((x, i) => ys.indexOf(x) === i);
}

// @perfmod-check shifted(g.array(g.int()))
export function shifted(xs: number[]): number[] {
  return xs.filter((x, i, self) => self.indexOf(x) === i + 1);
}

// @perfmod-check duplicatesOnly(g.array(g.int()))
export function duplicatesOnly(xs: number[]): number[] {
  return xs.filter((x, i, self) => self.indexOf(x) !== i);
}

// @perfmod-check lastOnes(g.array(g.int()))
export function lastOnes(xs: number[]): number[] {
  return xs.filter((x, i, self) => self.lastIndexOf(x) === i);
}

// Repeated by the loop test itself: one Set would be shared by every evaluation.
// @perfmod-check countdown(g.array(g.int()))
export function countdown(xs: number[]): number {
  let n = 0;
  for (let k = 0; k < xs.filter((x, i, self) => self.indexOf(x) === i).length; k++) n++;
  return n;
}

// A composite key: not this shape.
// @perfmod-check byPair(g.array(g.record({ a: g.int(), b: g.int() })))
export function byPair(rows: { a: number; b: number }[]) {
  return rows.filter((r, i, self) => self.findIndex((o) => o.a === r.a && o.b === r.b) === i);
}
