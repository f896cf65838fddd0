// Three elements: a scan beats a Map lookup.
const ORDER = ['low', 'mid', 'high'];
// @perfmod-check sorted(g.array(g.oneof(g.constant('mid'), g.constant('low'), g.str())))
export function sorted(xs) {
  return xs.slice().sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

// A value listed twice: indexOf gives the first position.
const STAGES = ['new', 'open', 'review', 'open', 'done', 'closed', 'archived', 'deleted'];
// @perfmod-check stage(g.oneof(g.constant('open'), g.constant('done'), g.str()))
export function stage(s) {
  return STAGES.indexOf(s);
}

// Changed by the module.
const STEPS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
export function addStep(s) {
  STEPS.push(s);
}
// @perfmod-check step(g.oneof(g.constant('c'), g.str()))
export function step(s) {
  return STEPS.indexOf(s);
}

// Not literals: elements may be objects, NaN or computed.
const BOUNDS = [0, 1, 2, 3, 4, 5, Math.PI, NaN];
// @perfmod-check bound(g.num())
export function bound(x) {
  return BOUNDS.indexOf(x);
}
