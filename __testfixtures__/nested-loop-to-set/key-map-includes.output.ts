interface Team {
  slug: string;
  members: number;
}

// @perfmod-check unknownSlugs(g.array(g.key()), g.array(g.record({ slug: g.key(), members: g.int() })))
export function unknownSlugs(slugs: string[], teams: Team[]): string[] {
  const teamSlugSet = new Set(teams.map((team) => team.slug));
  return slugs.filter((slug) => !teamSlugSet.has(slug));
}
