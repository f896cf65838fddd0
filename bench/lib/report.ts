import { sweptSize, type BenchRow } from './types';

/**
 * The crossover of one case: the smallest measured size (n, or m for a fixed-outer case) from
 * which "after" is faster at every larger measured size (where before was run). null: after
 * never stays ahead at the measured sizes.
 */
export function crossover(rows: BenchRow[]): number | null {
  const measured = rows.filter((r) => r.speedup !== null).sort((a, b) => sweptSize(a) - sweptSize(b));
  let from: number | null = null;
  for (const row of measured) {
    if (row.speedup! > 1) from ??= sweptSize(row);
    else from = null;
  }
  return from;
}

/** The crossover in words, e.g. `crossover: n = 100` or `crossover: m = 8 (n = 1,000)`. */
export function describeCrossover(rows: BenchRow[]): string {
  const size = crossover(rows);
  if (size === null) return 'crossover: none (after is not faster at the measured sizes)';
  const label = rows.some((r) => r.m !== undefined) ? 'm' : 'n';
  const outer = label === 'm' ? ` (n = ${rows[0].n.toLocaleString('en-US')})` : '';
  const smallest = Math.min(...rows.filter((r) => r.speedup !== null).map(sweptSize));
  return size === smallest
    ? `crossover: ${label} <= ${size.toLocaleString('en-US')}${outer} (after is faster at every measured size)`
    : `crossover: ${label} = ${size.toLocaleString('en-US')}${outer}`;
}

function rate(hz: number | null): string {
  if (hz === null) return '—';
  if (hz >= 100) return Math.round(hz).toLocaleString('en-US');
  return hz.toPrecision(3);
}

function speedup(value: number | null): string {
  if (value === null) return '—';
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}x`;
}

export interface CaseReport {
  name: string;
  rows: BenchRow[];
  notes: string[];
  failure?: string;
}

/**
 * The stdout table of one suite: a block of sizes per case, then its crossover and notes. An `m`
 * column appears when a case sweeps the collection size m at a fixed n.
 */
export function formatTable(transform: string, cases: CaseReport[]): string {
  const withM = cases.some((c) => c.rows.some((r) => r.m !== undefined));
  const header = ['case', 'n', ...(withM ? ['m'] : []), 'before ops/s', 'after ops/s', 'speedup'];
  const cells = (c: CaseReport, row: BenchRow) => [
    c.name, row.n.toLocaleString('en-US'), ...(withM ? [row.m?.toLocaleString('en-US') ?? ''] : []),
    rate(row.beforeHz), rate(row.afterHz), speedup(row.speedup),
  ];
  const all = cases.flatMap((c) => c.rows.map((row) => cells(c, row)));
  const widths = header.map((h, i) => Math.max(h.length, ...all.map((r) => r[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const out = [transform, line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const c of cases) {
    for (const row of c.rows) out.push(line(cells(c, row)));
    if (c.failure) out.push(`  ${c.name}: FAILED: ${c.failure}`);
    else if (isGrid(c.rows)) {
      for (const rows of byOuter(c.rows).values()) out.push(`  ${c.name}: ${describeCrossover(rows)}`);
    } else if (c.rows.length > 0) {
      out.push(`  ${c.name}: ${describeCrossover(c.rows)}`);
    }
    for (const note of c.notes) out.push(`  ${c.name}: ${note}`);
  }
  return out.join('\n');
}

/** A k×m sweep: rows at several outer counts n, each with its m. */
export function isGrid(rows: BenchRow[]): boolean {
  return rows.some((r) => r.m !== undefined) && new Set(rows.map((r) => r.n)).size > 1;
}

/** Rows grouped by outer count n (ascending). */
export function byOuter(rows: BenchRow[]): Map<number, BenchRow[]> {
  const groups = new Map<number, BenchRow[]>();
  for (const row of [...rows].sort((a, b) => a.n - b.n)) groups.set(row.n, [...(groups.get(row.n) ?? []), row]);
  return groups;
}
