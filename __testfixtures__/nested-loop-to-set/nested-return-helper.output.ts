interface Account {
  handle: string;
  verified: boolean;
}

// @perfmod-check hasBannedHandle(g.array(g.record({ handle: g.key(), verified: g.bool() })), g.array(g.key()))
export function hasBannedHandle(accounts: Account[], banned: readonly string[]): boolean {
  const bannedSet = new Set(banned);
  for (const account of accounts) {
    if (bannedSet.has(account.handle)) {
      return true;
    }
  }
  return false;
}
