type Member = { id: string; role: string };

// `this.members` may change through any method the loop calls: left alone (with advice in --explain).
export class Team {
  private members: Member[] = [];

  roles(ids: string[]): (string | undefined)[] {
    return ids.map((id) => this.members.find((m) => m.id === id)?.role);
  }
}
