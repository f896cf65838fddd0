// @perfmod-check allowedUsers(g.array(g.record({ id: g.key() })), g.array(g.key()))
export function allowedUsers(users, bannedIds) {
  const allowed = [];
  const bannedIdSet = new Set(bannedIds);
  bannedIdSet.delete(NaN);
  for (const user of users) {
    let banned = false;
    if (bannedIdSet.has(user.id)) {
      banned = true;
    }
    if (!banned) allowed.push(user);
  }
  return allowed;
}
