// A cast on the scanned collection stays on the Set, so the Set is typed as the scan was.
const ALLOWED = ['draft', 'review', 'published', 'archived', 'deleted', 'locked', 'hidden', 'pending'] as const;

// @perfmod-check visible(g.array(g.oneof(g.str(), g.constant('draft'), g.constant('hidden'))))
export function visible(states: string[]): string[] {
  return states.filter((state) => (ALLOWED as readonly string[]).includes(state));
}

// `ys!` asserts what the types cannot prove: the rewrite is review, stating the assertion.
// @perfmod-check matched(g.array(g.record({ id: g.key() })), g.array(g.record({ id: g.key() })))
export function matched(xs: { id: string }[], ys: { id: string }[] | undefined): { id: string }[] {
  return xs.filter((x) => ys!.some((y) => y.id === x.id));
}
