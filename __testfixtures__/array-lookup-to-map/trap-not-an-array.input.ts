// Receivers that are not Arrays: strings, a class with its own `find`, typed arrays.
export function vowels(word: string, letters: string[]) {
  const out: boolean[] = [];
  for (const ch of letters) out.push(word.includes(ch));
  return out;
}

class Repository<T extends { id: string }> {
  constructor(private rows: T[]) {}
  find(pred: (row: T) => boolean): T | undefined {
    return this.rows.find(pred);
  }
}

export function load(ids: string[], repo: Repository<{ id: string }>) {
  return ids.map((id) => repo.find((r) => r.id === id));
}

export function samples(wanted: number[], data: Float64Array) {
  return wanted.map((w) => data.findIndex((x) => x === w));
}

export function inSet(ids: string[], allowed: Set<string>) {
  return ids.filter((id) => [...allowed].includes(id));
}
