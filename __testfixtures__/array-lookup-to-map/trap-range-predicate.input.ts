type Band = { min: number; max: number; name: string };

// `<` / ranges are not equality lookups.
export function bands(values: number[], table: Band[]) {
  return values.map((v) => table.find((b) => b.min <= v && v < b.max)?.name);
}

export function firstAbove(values: number[], limits: { at: number }[]) {
  return values.map((v) => limits.findIndex((l) => l.at > v));
}
