// In JavaScript a default value is no type: `users = []` only says what an omitted argument is.
// A caller may pass anything else, so the Array and null-element assumptions are stated (NaN keys are left out of the index).
// @perfmod-check owners(g.array(g.key()), g.array(g.record({ id: g.key(), name: g.str() })))
export function owners(ids = [], users = []) {
  const out = [];
  const userById = new Map();
  for (const u of users) if (!userById.has(u.id)) userById.set(u.id, u);
  userById.delete(NaN);
  for (const id of ids) {
    const user = userById.get(id);
    out.push(user ? user.name : null);
  }
  return out;
}
