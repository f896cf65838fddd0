type Tag = { slug: string; label: string };

// The loop lives in a nested function; the index is built inside it, before the loop.
// @perfmod-check labelsFor(g.array(g.array(g.str(), 4)), g.array(g.record({ slug: g.str(), label: g.str() })))
export function labelsFor(articles: string[][], tags: Tag[]): string[][] {
  function labels(slugs: string[]): string[] {
    const result: string[] = [];
    const tagBySlug = new Map<string, Tag>();
    for (const t of tags) if (!tagBySlug.has(t.slug)) tagBySlug.set(t.slug, t);
    for (const slug of slugs) {
      const tag = tagBySlug.get(slug);
      if (tag) result.push(tag.label);
    }
    return result;
  }
  return articles.map(labels);
}
