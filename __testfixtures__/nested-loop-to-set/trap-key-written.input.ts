interface Row {
  key: string;
}

export function renumber(rows: Row[], reference: Row[]): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    if (reference.some((r) => r.key === row.key)) {
      out.push(row);
    }
    for (const r of reference) r.key = r.key + '!';
  }
  return out;
}
