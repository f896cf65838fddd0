// @perfmod-check removedRoles(g.array(g.key()), g.array(g.key()))
export function removedRoles(before: readonly string[], after: ReadonlyArray<string>): string[] {
  const removed: string[] = [];
  const afterSet = new Set(after);
  before.forEach((role) => {
    if (!afterSet.has(role)) {
      removed.push(role);
    }
  });
  return removed;
}
