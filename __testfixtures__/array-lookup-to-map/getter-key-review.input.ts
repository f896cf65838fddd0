// The key is a getter: the index reads it once per element up front instead of during each
// search, so a getter with side effects would run a different number of times. Review, stated.
export class Account {
  constructor(private readonly handle: string) {}

  get id(): string {
    return this.handle.toLowerCase();
  }
}

// @perfmod-check owners(g.array(g.str()), g.array(g.str()))
export function owners(wanted: string[], handles: string[]): (string | undefined)[] {
  const accounts: Account[] = handles.map((h) => new Account(h));
  const out: (string | undefined)[] = [];
  for (const w of wanted) {
    out.push(accounts.find((a) => a.id === w)?.id);
  }
  return out;
}
