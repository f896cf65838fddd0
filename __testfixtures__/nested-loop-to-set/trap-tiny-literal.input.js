// Below the crossover a linear scan beats building a Set: short literals stay as they are.
const PRIMARY = ['red', 'green', 'blue'];

export function primaries(colors) {
  return colors.filter((c) => PRIMARY.includes(c));
}

export function isWeekend(days) {
  return days.map((d) => ['sat', 'sun'].includes(d));
}
