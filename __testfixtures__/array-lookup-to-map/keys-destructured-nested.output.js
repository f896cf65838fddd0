// Destructured parameter, nested key path, computed key with a constant.
// @perfmod-check profiles(g.array(g.record({ author: g.key() })), g.array(g.record({ handle: g.key() })))
export function profiles(posts, people) {
  const out = [];
  const personByHandle = new Map();
  for (const item of people) if (!personByHandle.has(item.handle)) personByHandle.set(item.handle, item);
  personByHandle.delete(NaN);
  for (const post of posts) {
    out.push(personByHandle.get(post.author));
  }
  return out;
}

// @perfmod-check owners(g.array(g.record({ owner: g.key() })), g.array(g.record({ meta: g.record({ login: g.key() }) })))
export function owners(repos, accounts) {
  const accountByLogin = new Map();
  for (const acc of accounts) if (!accountByLogin.has(acc.meta.login)) accountByLogin.set(acc.meta.login, acc);
  accountByLogin.delete(NaN);
  return repos.map((repo) => accountByLogin.get(repo.owner));
}

// @perfmod-check byHeader(g.array(g.key()), g.array(g.record({ 'user-id': g.key(), score: g.int() })))
export function byHeader(ids, rows) {
  const total = [];
  const rowCountByUserId = new Map();
  rows.forEach((row) => rowCountByUserId.set(row['user-id'], (rowCountByUserId.get(row['user-id']) ?? 0) + 1));
  rowCountByUserId.delete(NaN);
  for (const id of ids) total.push(rowCountByUserId.get(id) ?? 0);
  return total;
}
