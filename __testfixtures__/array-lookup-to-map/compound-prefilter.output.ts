interface Account {
  id: string;
  active: boolean;
  region: string;
}

// Extra conjuncts that do not depend on the loop item -> the index is built over the matching elements.
// @perfmod-check activeOwners(g.array(g.record({ ownerId: g.str() })), g.array(g.record({ id: g.str(), active: g.bool(), region: g.str() })), g.str())
export function activeOwners(projects: { ownerId: string }[], accounts: Account[], region: string) {
  const accountById = new Map<string, Account>();
  for (const a of accounts) if (a.active && a.region === region && !accountById.has(a.id)) accountById.set(a.id, a);
  return projects.map((p) => accountById.get(p.ownerId));
}
