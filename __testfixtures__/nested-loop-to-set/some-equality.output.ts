// @perfmod-check blockedSenders(g.array(g.str()), g.array(g.str()))
export function blockedSenders(senders: string[], blocklist: string[]): string[] {
  const blocklistSet = new Set(blocklist);
  return senders.filter((sender) => blocklistSet.has(sender));
}
