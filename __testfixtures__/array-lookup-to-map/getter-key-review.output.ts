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
  const accountById = new Map<(typeof accounts)[number]['id'], (typeof accounts)[number]>();
  for (const a of accounts) if (!accountById.has(a.id)) accountById.set(a.id, a);
  for (const w of wanted) {
    out.push(accountById.get(w)?.id);
  }
  return out;
}
