interface Team {
  slug: string;
  members: number;
}

// @perfmod-check unknownSlugs(g.array(g.key()), g.array(g.record({ slug: g.key(), members: g.int() })))
export function unknownSlugs(slugs: string[], teams: Team[]): string[] {
  const teamsSlugSet = new Set(teams.map((team) => team.slug));
  return slugs.filter((slug) => !teamsSlugSet.has(slug));
}
