export function collectNew(batches: string[][]): string[] {
  const all: string[] = [];
  for (const batch of batches) {
    for (const value of batch) {
      if (all.indexOf(value) === -1) all.push(value);
    }
  }
  return all;
}
