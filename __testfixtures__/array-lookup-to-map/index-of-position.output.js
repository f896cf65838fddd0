// indexOf used as a position -> Map value -> first index (missing keys still give -1).
// @perfmod-check ranks(g.array(g.key()), g.array(g.key()))
export function ranks(picks, leaderboard) {
  const out = [];
  const leaderboardPosition = new Map();
  leaderboard.forEach((x, i) => {
    if (!leaderboardPosition.has(x)) leaderboardPosition.set(x, i);
  });
  leaderboardPosition.delete(NaN);
  for (const pick of picks) {
    const rank = leaderboardPosition.get(pick) ?? -1;
    out.push(rank === -1 ? 'unranked' : rank + 1);
  }
  return out;
}
