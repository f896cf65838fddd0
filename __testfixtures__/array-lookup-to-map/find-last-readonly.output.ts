type Reading = { sensor: string; value: number };

// findLast / findLastIndex keep the LAST match: the index must too.
// @perfmod-check latest(g.array(g.str()), g.array(g.record({ sensor: g.str(), value: g.int() })))
export function latest(sensors: readonly string[], readings: readonly Reading[]) {
  const values: (number | undefined)[] = [];
  const where: number[] = [];
  const lastReadingsBySensor = new Map<(typeof readings)[number]['sensor'], (typeof readings)[number]>();
  for (const r of readings) lastReadingsBySensor.set(r.sensor, r);
  const lastReadingsIndexBySensor = new Map<(typeof readings)[number]['sensor'], number>();
  for (const [i, r] of readings.entries()) lastReadingsIndexBySensor.set(r.sensor, i);
  for (const name of sensors) {
    values.push(lastReadingsBySensor.get(name)?.value);
    where.push(lastReadingsIndexBySensor.get(name) ?? -1);
  }
  return { values, where };
}
