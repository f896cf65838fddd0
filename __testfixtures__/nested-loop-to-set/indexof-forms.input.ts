// Strings cannot be NaN: safe.
// @perfmod-check missingKeys(g.array(g.str()), g.array(g.str()))
export function missingKeys(required: string[], present: string[]): string[] {
  return required.filter((key) => present.indexOf(key) < 0);
}

// Numbers may be NaN: indexOf never finds NaN but a Set does, so the Set leaves NaN out (safe, exact).
// @perfmod-check knownPorts(g.array(g.int()), g.array(g.int()))
// @perfmod-check knownPorts(g.array(g.num()), g.array(g.num()))
export function knownPorts(ports: number[], known: number[]): number[] {
  return ports.filter((port) => known.indexOf(port) !== -1);
}

// A union of string literals cannot be NaN either.
type Level = 'debug' | 'info' | 'warn' | 'error';
// @perfmod-check enabledLevels(g.array(g.oneof(g.constant('debug'), g.constant('info'), g.constant('warn'), g.constant('error'))), g.array(g.oneof(g.constant('info'), g.constant('error'))))
export function enabledLevels(levels: Level[], active: Level[]): boolean[] {
  return levels.map((level) => active.indexOf(level) >= 0);
}
