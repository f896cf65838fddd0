type Reading = { sensor: string; value: number };

// findLast / findLastIndex keep the LAST match: the index must too.
// @perfmod-check latest(g.array(g.str()), g.array(g.record({ sensor: g.str(), value: g.int() })))
export function latest(sensors: readonly string[], readings: readonly Reading[]) {
  const values: (number | undefined)[] = [];
  const where: number[] = [];
  const lastReadingBySensor = new Map<string, Reading>();
  for (const r of readings) lastReadingBySensor.set(r.sensor, r);
  const lastReadingIndexBySensor = new Map<string, number>();
  for (const [i, r] of readings.entries()) lastReadingIndexBySensor.set(r.sensor, i);
  for (const name of sensors) {
    values.push(lastReadingBySensor.get(name)?.value);
    where.push(lastReadingIndexBySensor.get(name) ?? -1);
  }
  return { values, where };
}
