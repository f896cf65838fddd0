// The key of an element of the indexed array is written through an index inside the loop:
// an index built before the loop would go stale (no assumption can excuse a write on the array itself).
// @perfmod-check claim(g.array(g.key()), g.array(g.record({ id: g.key() })))
export function claim(requests, slots) {
  const out = [];
  for (let i = 0; i < requests.length; i++) {
    const slot = slots.find((s) => s.id === requests[i]);
    out.push(slot ? slot.id : null);
    if (slots.length > 0) slots[i % slots.length].id = `${requests[i]}!`;
  }
  return out;
}
