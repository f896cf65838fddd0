export interface Account {
  id: number;
  name: string;
}

/** Incoming accounts we already know, matched by id: `filter` + `some`, O(n·m). */
export function alreadyKnown(incoming: Account[], known: Account[]): Account[] {
  return incoming.filter((account) => known.some((k) => k.id === account.id));
}
