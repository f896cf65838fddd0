export interface Member {
  email: string;
  team: string;
}

// some / includes / indexOf !== -1 -> Set lookups.
// @perfmod-check classify(g.array(g.str()), g.array(g.record({ email: g.str(), team: g.str() })), g.array(g.str()), g.array(g.str()))
export function classify(emails: string[], members: Member[], banned: string[], staff: readonly string[]) {
  const out: string[] = [];
  const bannedSet = new Set(banned);
  const membersEmailSet = new Set<(typeof members)[number]['email']>();
  members.forEach((m) => membersEmailSet.add(m.email));
  const staffSet = new Set<(typeof staff)[number]>();
  staff.forEach((x) => staffSet.add(x));
  for (const email of emails) {
    if (bannedSet.has(email)) out.push('banned');
    else if (membersEmailSet.has(email)) out.push('member');
    else if (staffSet.has(email)) out.push('staff');
    else out.push('guest');
  }
  return out;
}
