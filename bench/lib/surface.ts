import * as fs from 'node:fs';
import * as path from 'node:path';
import { byOuter, crossover, isGrid } from './report';
import type { BenchRow } from './types';

/**
 * The crossover surface of a k×m sweep: for each number of lookups per index k (the outer count
 * n of the rows), the smallest collection size m from which the rewrite is faster at every larger
 * measured m (null: never at the measured sizes). This is what `src/analysis/lookup-index/thresholds.ts`
 * holds; `__tests__/lookup-cost.test.ts` checks that table against the committed results.
 */
export function crossoverSurface(rows: BenchRow[]): { k: number; minM: number | null }[] {
  return [...byOuter(rows.filter((r) => r.speedup !== null)).entries()].map(([k, group]) => ({ k, minM: crossover(group) }));
}

function cell(speedup: number | null): string {
  if (speedup === null) return '—';
  const text = `${speedup >= 10 ? speedup.toFixed(0) : speedup.toFixed(2)}×`;
  return speedup > 1 ? `**${text}**` : text;
}

/** A markdown table: one row per k, one column per m, speedup in each cell (faster in bold). */
export function renderSurface(caseName: string, rows: BenchRow[]): string {
  const ms = [...new Set(rows.map((r) => r.m!))].sort((a, b) => a - b);
  const lines = [
    `| k \\ m (${caseName}) | ${ms.map((m) => m.toLocaleString('en-US')).join(' | ')} | pays from m = |`,
    `| --- | ${ms.map(() => '---:').join(' | ')} | ---: |`,
  ];
  for (const [k, group] of byOuter(rows)) {
    const at = (m: number) => group.find((r) => r.m === m)?.speedup ?? null;
    const from = crossover(group);
    lines.push(`| ${k.toLocaleString('en-US')} | ${ms.map((m) => cell(at(m))).join(' | ')} | ${from === null ? 'never' : from.toLocaleString('en-US')} |`);
  }
  return lines.join('\n');
}

const START = '<!-- crossover-surface:start (written by npm run bench) -->';
const END = '<!-- crossover-surface:end -->';

/**
 * Writes the surface of every grid case of a suite into its docs page, between the markers (the
 * page must have them). Returns the page's path, or null when the suite has no grid case.
 */
export function writeSurface(transform: string, rows: BenchRow[], docsDir = path.resolve(__dirname, '../../docs/transforms')): string | null {
  const byCase = new Map<string, BenchRow[]>();
  for (const row of rows) byCase.set(row.case, [...(byCase.get(row.case) ?? []), row]);
  const tables = [...byCase.entries()].filter(([, r]) => isGrid(r)).map(([name, r]) => renderSurface(name, r));
  if (tables.length === 0) return null;
  const file = path.join(docsDir, `${transform}.md`);
  const page = fs.readFileSync(file, 'utf8');
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${file} has no ${START} … ${END} section for the crossover surface`);
  fs.writeFileSync(file, `${page.slice(0, from + START.length)}\n${tables.join('\n\n')}\n${page.slice(to)}`);
  return file;
}
