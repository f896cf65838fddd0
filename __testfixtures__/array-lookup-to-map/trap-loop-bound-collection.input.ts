type Group = { ownerId: string; members: { id: string; name: string }[] };

// The collection comes from the loop item itself: each iteration searches a different array.
export function owners(groups: Group[]) {
  const out = [];
  for (const g of groups) {
    out.push(g.members.find((m) => m.id === g.ownerId));
  }
  return out;
}
