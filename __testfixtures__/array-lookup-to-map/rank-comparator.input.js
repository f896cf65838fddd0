const LEVELS = ['silly', 'trace', 'debug', 'verbose', 'info', 'notice', 'warn', 'error', 'fatal'];

// @perfmod-check sortByLevel(g.array(g.record({ level: g.oneof(g.constant('warn'), g.constant('trace'), g.constant('fatal'), g.str()) }), 20))
export function sortByLevel(entries) {
  return entries.slice().sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
}

// @perfmod-check atLeast(g.array(g.oneof(g.constant('info'), g.constant('error'), g.str())), g.oneof(g.constant('warn'), g.str()))
export function atLeast(levels, min) {
  return levels.filter((l) => LEVELS.indexOf(l) >= LEVELS.indexOf(min));
}
