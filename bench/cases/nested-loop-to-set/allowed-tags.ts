/** The tags that are on a short allow-list: `filter` + `includes` over a list of a few strings, O(n·m). */
export function allowedTags(tags: string[], allowed: string[]): string[] {
  return tags.filter((tag) => allowed.includes(tag));
}
