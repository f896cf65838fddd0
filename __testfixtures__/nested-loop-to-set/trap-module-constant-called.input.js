// Three elements: a scan is faster than a Set lookup, whoever calls it.
const SIDES = ['top', 'left', 'bottom'];
// @perfmod-check isSide(g.oneof(g.constant('top'), g.str()))
export function isSide(s) {
  return SIDES.includes(s);
}

// Changed by the module: a Set built at load would go stale.
const PLUGINS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
export function register(p) {
  PLUGINS.push(p);
}
// @perfmod-check hasPlugin(g.oneof(g.constant('a'), g.str()))
export function hasPlugin(p) {
  return PLUGINS.includes(p);
}

// Read once, at module load: nothing repeats.
const FLAGS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
export const debug = FLAGS.includes(typeof process === 'object' ? 'x' : 'y');
