// A method of the same class, called inside the loop, changes the scanned array: a Set built
// before the loop would miss what it adds (or keep what it removes).
export class Allowlist {
  private allowed: string[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

  private remember(id: string): void {
    this.allowed.push(id);
  }

  private clear(): void {
    this.allowed = [];
  }

  admitOnce(ids: string[]): string[] {
    return ids.filter((id) => {
      const known = this.allowed.includes(id);
      this.remember(id);
      return known;
    });
  }

  admitAfterReset(ids: string[]): string[] {
    const out: string[] = [];
    for (const id of ids) {
      this.clear();
      if (this.allowed.includes(id)) out.push(id);
    }
    return out;
  }
}
