interface Tag {
  id: string;
  label: string;
}

export function joinTags(postTagIds: string[], tags: Tag[]): string[] {
  const labels: string[] = [];
  for (const id of postTagIds) {
    for (const tag of tags) {
      if (tag.id === id) {
        labels.push(tag.label);
      }
    }
  }
  return labels;
}
