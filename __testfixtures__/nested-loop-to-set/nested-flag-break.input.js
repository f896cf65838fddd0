// @perfmod-check allowedUsers(g.array(g.record({ id: g.key() })), g.array(g.key()))
export function allowedUsers(users, bannedIds) {
  const allowed = [];
  for (const user of users) {
    let banned = false;
    for (const bannedId of bannedIds) {
      if (bannedId === user.id) {
        banned = true;
        break;
      }
    }
    if (!banned) allowed.push(user);
  }
  return allowed;
}
