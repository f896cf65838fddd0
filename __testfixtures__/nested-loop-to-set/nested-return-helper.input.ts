interface Account {
  handle: string;
  verified: boolean;
}

// @perfmod-check hasBannedHandle(g.array(g.record({ handle: g.key(), verified: g.bool() })), g.array(g.key()))
export function hasBannedHandle(accounts: Account[], banned: readonly string[]): boolean {
  for (const account of accounts) {
    for (const handle of banned) {
      if (account.handle === handle) {
        return true;
      }
    }
  }
  return false;
}
