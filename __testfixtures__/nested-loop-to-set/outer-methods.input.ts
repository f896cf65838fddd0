interface Permission {
  resource: string;
  action: string;
}

// @perfmod-check canDoAll(g.array(g.str()), g.array(g.str()))
export function canDoAll(needed: string[], granted: readonly string[]): boolean {
  return needed.every((scope) => granted.includes(scope));
}

// @perfmod-check firstDenied(g.array(g.record({ resource: g.key(), action: g.key() })), g.array(g.key()))
export function firstDenied(requests: Permission[], deniedResources: string[]): Permission | undefined {
  return requests.find((request) => deniedResources.includes(request.resource));
}

// @perfmod-check tally(g.array(g.int()), g.array(g.int()))
export function tally(values: number[], lucky: number[]): number {
  return values.reduce((sum: number, value: number) => {
    if (lucky.includes(value)) {
      return sum + value;
    }
    return sum;
  }, 0);
}
