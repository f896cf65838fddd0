// In JavaScript a default value is no type: `users = []` only says what an omitted argument is.
// A caller may pass anything else, so the Array and null-element assumptions are stated (NaN keys are left out of the index).
// @perfmod-check owners(g.array(g.key()), g.array(g.record({ id: g.key(), name: g.str() })))
export function owners(ids = [], users = []) {
  const out = [];
  for (const id of ids) {
    const user = users.find((u) => u.id === id);
    out.push(user ? user.name : null);
  }
  return out;
}
