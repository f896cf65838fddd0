// A lookup table rebuilt for every item: Object.keys(obj) / arr.map(...) then includes.
// @perfmod-check knownFields(g.array(g.str()), g.fc.dictionary(g.fc.constantFrom('a', 'b', 'c', 'd'), g.int()))
export function knownFields(names, schema) {
  return names.filter((name) => Object.keys(schema).includes(name));
}

// @perfmod-check invited(g.array(g.key()), g.array(g.record({ id: g.key() })))
export function invited(ids, guests) {
  const out = [];
  for (const id of ids) {
    out.push(guests.map((g) => g.id).includes(id));
  }
  return out;
}
