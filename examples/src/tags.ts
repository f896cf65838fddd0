export interface Post {
  id: string;
  tagIds: string[];
}

/** Posts that carry at least one of the followed tags. */
export function postsForFollowedTags(posts: Post[], followedTagIds: string[]): Post[] {
  return posts.filter((post) => post.tagIds.some((tagId) => followedTagIds.includes(tagId)));
}

/** Tags used both this week and last week. */
export function recurringTags(thisWeek: string[], lastWeek: string[]): string[] {
  const recurring: string[] = [];
  for (const tag of thisWeek) {
    if (lastWeek.includes(tag)) recurring.push(tag);
  }
  return recurring;
}
