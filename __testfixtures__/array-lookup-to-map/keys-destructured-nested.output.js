// Destructured parameter, nested key path, computed key with a constant.
// @perfmod-check profiles(g.array(g.record({ author: g.key() })), g.array(g.record({ handle: g.key() })))
export function profiles(posts, people) {
  const out = [];
  const peopleByHandle = new Map();
  for (const item of people) if (!peopleByHandle.has(item.handle)) peopleByHandle.set(item.handle, item);
  for (const post of posts) {
    out.push(peopleByHandle.get(post.author));
  }
  return out;
}

// @perfmod-check owners(g.array(g.record({ owner: g.key() })), g.array(g.record({ meta: g.record({ login: g.key() }) })))
export function owners(repos, accounts) {
  const accountsByLogin = new Map();
  for (const acc of accounts) if (!accountsByLogin.has(acc.meta.login)) accountsByLogin.set(acc.meta.login, acc);
  return repos.map((repo) => accountsByLogin.get(repo.owner));
}

// @perfmod-check byHeader(g.array(g.key()), g.array(g.record({ 'user-id': g.key(), score: g.int() })))
export function byHeader(ids, rows) {
  const total = [];
  const rowsCountByUserId = new Map();
  rows.forEach((row) => rowsCountByUserId.set(row['user-id'], (rowsCountByUserId.get(row['user-id']) ?? 0) + 1));
  for (const id of ids) total.push(rowsCountByUserId.get(id) ?? 0);
  return total;
}
