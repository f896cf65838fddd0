type Plugin = { name: string; value: unknown };

// The lookup is followed by leaving the loop: it runs at most once, so an index would only add work.
export function assertNoDuplicates(items: Plugin[]) {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.name)) {
      const conflicts = items.filter((i) => i.name === item.name);
      throw new Error(`duplicates: ${JSON.stringify(conflicts)}`);
    }
    seen.add(item.name);
  }
}

export function firstOwned(ids: string[], owners: { id: string }[]) {
  for (const id of ids) {
    if (id.startsWith('u')) return owners.find((o) => o.id === id);
  }
  return undefined;
}

export function untilMatch(ids: string[], owners: { id: string }[]) {
  let found: { id: string } | undefined;
  for (const id of ids) {
    found = owners.find((o) => o.id === id);
    break;
  }
  return found;
}
