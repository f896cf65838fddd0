// The key is a getter: the Set reads it once per element up front instead of during each
// search, so a getter with side effects would run a different number of times. Review, stated.
export class Account {
  constructor(private readonly handle: string) {}

  get id(): string {
    return this.handle.toLowerCase();
  }
}

// @perfmod-check known(g.array(g.str()), g.array(g.str()))
export function known(wanted: string[], handles: string[]): string[] {
  const accounts: Account[] = handles.map((h) => new Account(h));
  const out: string[] = [];
  const accountIdSet = new Set(accounts.map((a) => a.id));
  for (const w of wanted) {
    if (accountIdSet.has(w)) out.push(w);
  }
  return out;
}
