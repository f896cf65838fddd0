// The scanned collection depends on the outer element: nothing to build once.
export function groupsOf(groups, user) {
  return groups.filter((group) => group.members.includes(user));
}

export function selfListed(rows) {
  return rows.filter((row) => row.tags.some((t) => t === row.name));
}
