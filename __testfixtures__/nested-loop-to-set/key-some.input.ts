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
  return invites.filter((invite) => users.some((user) => user.email === invite.email));
}

// Generic over anything with an id.
// @perfmod-check missingById(g.array(g.record({ id: g.key() })), g.array(g.record({ id: g.key() })))
export function missingById<T extends { id: string }>(wanted: T[], have: T[]): T[] {
  return wanted.filter((w) => !have.some((h) => h.id === w.id));
}
