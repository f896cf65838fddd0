interface Group {
  name: string;
  members: string[];
}

export function membersOfAll(groups: Group[], users: string[]): string[] {
  return users.filter((u) => groups.every((g) => g.members.includes(u)));
}
