type User = { id: string; name: string };

// The elements' key field is written inside the loop.
export function rename(pairs: [string, string][], users: User[]) {
  for (const [from, to] of pairs) {
    const user = users.find((u) => u.id === from);
    if (user) user.id = to;
  }
  return users;
}
