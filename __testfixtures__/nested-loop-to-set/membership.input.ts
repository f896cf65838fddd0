export interface Member {
  email: string;
  team: string;
}

// some / includes / indexOf !== -1 -> Set lookups.
// @perfmod-check classify(g.array(g.str()), g.array(g.record({ email: g.str(), team: g.str() })), g.array(g.str()), g.array(g.str()))
export function classify(emails: string[], members: Member[], banned: string[], staff: readonly string[]) {
  const out: string[] = [];
  for (const email of emails) {
    if (banned.includes(email)) out.push('banned');
    else if (members.some((m) => m.email === email)) out.push('member');
    else if (staff.indexOf(email) !== -1) out.push('staff');
    else out.push('guest');
  }
  return out;
}
