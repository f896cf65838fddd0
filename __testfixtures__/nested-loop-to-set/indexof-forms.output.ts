// Strings cannot be NaN: safe.
// @perfmod-check missingKeys(g.array(g.str()), g.array(g.str()))
export function missingKeys(required: string[], present: string[]): string[] {
  const presentSet = new Set(present);
  return required.filter((key) => !presentSet.has(key));
}

// Numbers may be NaN: indexOf never finds NaN but a Set does, so the Set leaves NaN out (safe, exact).
// @perfmod-check knownPorts(g.array(g.int()), g.array(g.int()))
// @perfmod-check knownPorts(g.array(g.num()), g.array(g.num()))
export function knownPorts(ports: number[], known: number[]): number[] {
  const knownSet = new Set(known);
  knownSet.delete(NaN);
  return ports.filter((port) => knownSet.has(port));
}

// A union of string literals cannot be NaN either.
type Level = 'debug' | 'info' | 'warn' | 'error';
// @perfmod-check enabledLevels(g.array(g.oneof(g.constant('debug'), g.constant('info'), g.constant('warn'), g.constant('error'))), g.array(g.oneof(g.constant('info'), g.constant('error'))))
export function enabledLevels(levels: Level[], active: Level[]): boolean[] {
  const activeSet = new Set(active);
  return levels.map((level) => activeSet.has(level));
}
