// Destructured parameter, nested key path, computed key with a constant.
// @perfmod-check profiles(g.array(g.record({ author: g.key() })), g.array(g.record({ handle: g.key() })))
export function profiles(posts, people) {
  const out = [];
  for (const post of posts) {
    out.push(people.find(({ handle }) => handle === post.author));
  }
  return out;
}

// @perfmod-check owners(g.array(g.record({ owner: g.key() })), g.array(g.record({ meta: g.record({ login: g.key() }) })))
export function owners(repos, accounts) {
  return repos.map((repo) => accounts.find((acc) => acc.meta.login === repo.owner));
}

// @perfmod-check byHeader(g.array(g.key()), g.array(g.record({ 'user-id': g.key(), score: g.int() })))
export function byHeader(ids, rows) {
  const total = [];
  for (const id of ids) total.push(rows.filter((row) => row['user-id'] === id).length);
  return total;
}
