// A cast on the scanned collection stays on the Set, so the Set is typed as the scan was.
const ALLOWED = ['draft', 'review', 'published', 'archived', 'deleted', 'locked', 'hidden', 'pending'] as const;

const ALLOWED_SET = new Set(ALLOWED as readonly string[]);

// @perfmod-check visible(g.array(g.oneof(g.str(), g.constant('draft'), g.constant('hidden'))))
export function visible(states: string[]): string[] {
  return states.filter((state) => ALLOWED_SET.has(state));
}

// `ys!` asserts what the types cannot prove: the rewrite is review, stating the assertion.
// @perfmod-check matched(g.array(g.record({ id: g.key() })), g.array(g.record({ id: g.key() })))
export function matched(xs: { id: string }[], ys: { id: string }[] | undefined): { id: string }[] {
  const ysIdSet = new Set(ys!.map((y) => y.id));
  return xs.filter((x) => ysIdSet.has(x.id));
}
