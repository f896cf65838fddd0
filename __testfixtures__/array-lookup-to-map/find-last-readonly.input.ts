type Reading = { sensor: string; value: number };

// findLast / findLastIndex keep the LAST match: the index must too.
// @perfmod-check latest(g.array(g.str()), g.array(g.record({ sensor: g.str(), value: g.int() })))
export function latest(sensors: readonly string[], readings: readonly Reading[]) {
  const values: (number | undefined)[] = [];
  const where: number[] = [];
  for (const name of sensors) {
    values.push(readings.findLast((r) => r.sensor === name)?.value);
    where.push(readings.findLastIndex((r) => r.sensor === name));
  }
  return { values, where };
}
