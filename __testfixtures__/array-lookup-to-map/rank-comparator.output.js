const LEVELS = ['silly', 'trace', 'debug', 'verbose', 'info', 'notice', 'warn', 'error', 'fatal'];

const LEVELS_RANK = new Map(LEVELS.map((value, index) => [value, index]));

// @perfmod-check sortByLevel(g.array(g.record({ level: g.oneof(g.constant('warn'), g.constant('trace'), g.constant('fatal'), g.str()) }), 20))
export function sortByLevel(entries) {
  return entries.slice().sort((a, b) => (LEVELS_RANK.get(a.level) ?? -1) - (LEVELS_RANK.get(b.level) ?? -1));
}

// @perfmod-check atLeast(g.array(g.oneof(g.constant('info'), g.constant('error'), g.str())), g.oneof(g.constant('warn'), g.str()))
export function atLeast(levels, min) {
  return levels.filter((l) => (LEVELS_RANK.get(l) ?? -1) >= (LEVELS_RANK.get(min) ?? -1));
}
