// The receiver may be a string: `includes` could be a substring search.
export function matching(items: string[], pattern: string | string[]): string[] {
  return items.filter((item) => pattern.includes(item));
}
