interface Team {
  slug: string;
  members: number;
}

// @perfmod-check unknownSlugs(g.array(g.key()), g.array(g.record({ slug: g.key(), members: g.int() })))
export function unknownSlugs(slugs: string[], teams: Team[]): string[] {
  return slugs.filter((slug) => !teams.map((team) => team.slug).includes(slug));
}
