interface Permission {
  resource: string;
  action: string;
}

// @perfmod-check canDoAll(g.array(g.str()), g.array(g.str()))
export function canDoAll(needed: string[], granted: readonly string[]): boolean {
  const grantedSet = new Set(granted);
  return needed.every((scope) => grantedSet.has(scope));
}

// @perfmod-check firstDenied(g.array(g.record({ resource: g.key(), action: g.key() })), g.array(g.key()))
export function firstDenied(requests: Permission[], deniedResources: string[]): Permission | undefined {
  const deniedResourceSet = new Set(deniedResources);
  return requests.find((request) => deniedResourceSet.has(request.resource));
}

// @perfmod-check tally(g.array(g.int()), g.array(g.int()))
export function tally(values: number[], lucky: number[]): number {
  const luckySet = new Set(lucky);
  return values.reduce((sum: number, value: number) => {
    if (luckySet.has(value)) {
      return sum + value;
    }
    return sum;
  }, 0);
}
