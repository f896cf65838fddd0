interface User {
  id: string;
  email: string;
}

interface Invite {
  email: string;
  sentAt: number;
}

// @perfmod-check alreadyRegistered(g.array(g.record({ email: g.key(), sentAt: g.int() })), g.array(g.record({ id: g.str(), email: g.key() })))
export function alreadyRegistered(invites: Invite[], users: readonly User[]): Invite[] {
  const userEmailSet = new Set(users.map((user) => user.email));
  return invites.filter((invite) => userEmailSet.has(invite.email));
}

// Generic over anything with an id.
// @perfmod-check missingById(g.array(g.record({ id: g.key() })), g.array(g.record({ id: g.key() })))
export function missingById<T extends { id: string }>(wanted: T[], have: T[]): T[] {
  const haveIdSet = new Set(have.map((h) => h.id));
  return wanted.filter((w) => !haveIdSet.has(w.id));
}
