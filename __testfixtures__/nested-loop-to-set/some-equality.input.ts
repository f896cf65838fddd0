// @perfmod-check blockedSenders(g.array(g.str()), g.array(g.str()))
export function blockedSenders(senders: string[], blocklist: string[]): string[] {
  return senders.filter((sender) => blocklist.some((blocked) => {
    return blocked === sender;
  }));
}
