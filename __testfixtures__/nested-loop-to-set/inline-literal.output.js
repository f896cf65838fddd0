// A literal re-created and re-scanned for every item, long enough for a Set to win.
// @perfmod-check weekendsAndHolidays(g.array(g.oneof(g.constant('sat'), g.constant('mon'), g.constant('dec25'), g.str())))
export function weekendsAndHolidays(days) {
  const daySet = new Set(['sat', 'sun', 'jan1', 'may1', 'jul4', 'nov11', 'dec25', 'dec26']);
  return days.filter((day) => daySet.has(day));
}
