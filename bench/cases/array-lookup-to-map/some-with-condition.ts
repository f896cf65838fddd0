export interface Ban {
  email: string;
  active: boolean;
}

/**
 * Which sign-ups use an actively banned address: `some` with an extra condition per email inside a
 * loop, O(n·m). (A plain `includes` is a membership test: nested-loop-to-set owns it.)
 */
export function bannedSignups(emails: string[], bans: Ban[]): string[] {
  const hits: string[] = [];
  for (const email of emails) {
    if (bans.some((b) => b.email === email && b.active)) {
      hits.push(email);
    }
  }
  return hits;
}
