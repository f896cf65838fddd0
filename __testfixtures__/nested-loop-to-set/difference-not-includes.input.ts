// @perfmod-check removedRoles(g.array(g.key()), g.array(g.key()))
export function removedRoles(before: readonly string[], after: ReadonlyArray<string>): string[] {
  const removed: string[] = [];
  before.forEach((role) => {
    if (!after.includes(role)) {
      removed.push(role);
    }
  });
  return removed;
}
