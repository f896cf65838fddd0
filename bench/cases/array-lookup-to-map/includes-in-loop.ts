/** Which sign-ups use a banned address: `includes` per email inside a loop, O(n·m). */
export function bannedSignups(emails: string[], banned: string[]): string[] {
  const hits: string[] = [];
  for (const email of emails) {
    if (banned.includes(email)) {
      hits.push(email);
    }
  }
  return hits;
}
