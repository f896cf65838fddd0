export interface Member {
  email: string;
  team: string;
}

// some / includes / indexOf !== -1 -> Set lookups.
// @perfmod-check classify(g.array(g.str()), g.array(g.record({ email: g.str(), team: g.str() })), g.array(g.str()), g.array(g.str()))
export function classify(emails: string[], members: Member[], banned: string[], staff: readonly string[]) {
  const out: string[] = [];
  const bannedSet = new Set(banned);
  const memberEmailSet = new Set(members.map((m) => m.email));
  const staffSet = new Set(staff);
  for (const email of emails) {
    if (bannedSet.has(email)) out.push('banned');
    else if (memberEmailSet.has(email)) out.push('member');
    else if (staffSet.has(email)) out.push('staff');
    else out.push('guest');
  }
  return out;
}
