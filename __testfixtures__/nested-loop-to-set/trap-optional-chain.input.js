// `tags?.includes(x)` yields undefined when tags is null; a Set built from null would say false.
export function flags(items, tags) {
  return items.map((x) => tags?.includes(x));
}
