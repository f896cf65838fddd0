import type { TransformResult } from '../../src/engine/types';
import { QUICK_MEASURE } from '../../bench/lib/measure';
import { renderPlot } from '../../bench/lib/plot';
import { crossover, describeCrossover, formatTable } from '../../bench/lib/report';
import { FULL_SIZES, QUICK_SIZES, measureFor, runSuite, sizesFor, type ApplyFn } from '../../bench/lib/runner';
import type { BenchCase, BenchRow } from '../../bench/lib/types';
import nestedLoopSuite from '../../bench/nested-loop-to-set.bench';
import arrayLookupSuite from '../../bench/array-lookup-to-map.bench';

// Per-case sizes, small-collection (fixed n, swept m) cases, and the SVG plot of the results.

const plain: BenchCase = { name: 'plain', file: 'x.ts', entry: 'f', input: (n) => [n] };
const own: BenchCase = { ...plain, name: 'own', sizes: [2, 8, 64], fixedN: 1000, measure: { maxTime: 3, rounds: 4 } };

describe('sizes and timing per case', () => {
  test('a case without sizes uses the defaults, quick or full', () => {
    expect(sizesFor(plain, {})).toEqual(FULL_SIZES);
    expect(sizesFor(plain, { quick: true })).toEqual(QUICK_SIZES);
  });

  test('a case with its own sizes keeps them, a quick run keeps only their ends, --sizes replaces them', () => {
    expect(sizesFor(own, {})).toEqual([2, 8, 64]);
    expect(sizesFor(own, { quick: true })).toEqual([2, 64]);
    expect(sizesFor({ ...own, sizes: [5] }, { quick: true })).toEqual([5]);
    expect(sizesFor(own, { sizes: [7] })).toEqual([7]);
  });

  test('a case\'s own timing applies to full runs only', () => {
    expect(measureFor(own, { measure: QUICK_MEASURE, quick: true })).toEqual(QUICK_MEASURE);
    expect(measureFor(own, { measure: QUICK_MEASURE })).toEqual({ ...QUICK_MEASURE, maxTime: 3, rounds: 4 });
    expect(measureFor(plain, { measure: QUICK_MEASURE })).toEqual(QUICK_MEASURE);
  });

  test.each([nestedLoopSuite, arrayLookupSuite])('$transform declares a small-collection case of typed parameters with m from 2 to 64', (suite) => {
    const small = suite.cases.filter((c) => c.fixedN !== undefined);
    expect(small).toHaveLength(1);
    expect(small[0].sizes).toEqual([2, 4, 6, 8, 12, 16, 32, 64]);
    const [outer, collection] = small[0].input(6) as unknown[][];
    expect(outer).toHaveLength(small[0].fixedN!);
    expect(collection).toHaveLength(6);
  });
});

describe('a fixed-n case', () => {
  const toSet: ApplyFn = (id, source): TransformResult => {
    const code = source.replace('allowed.includes(tag)', 'allowedSet.has(tag)').replace('  return tags', '  const allowedSet = new Set(allowed);\n  return tags');
    return { code, changed: code !== source, skipped: [], errors: [], changes: [{ id: 'c1', transform: id, line: 1, column: 1, safety: 'safe', message: 'fake', assumptions: [] }] };
  };

  test('records n = the fixed outer size and m = the swept size, and the table shows m', async () => {
    const small = nestedLoopSuite.cases.find((c) => c.fixedN !== undefined)!;
    const report = await runSuite({ transform: 'nested-loop-to-set', cases: [small] }, { measure: QUICK_MEASURE, quick: true, apply: toSet, log: () => undefined });
    expect(report.failures).toEqual([]);
    expect(report.rows.map((r) => [r.n, r.m])).toEqual([[1000, 2], [1000, 64]]);
    expect(formatTable('nested-loop-to-set', report.cases)).toMatch(/case\s+n\s+m\s+before ops\/s[\s\S]*small-allow-list\s+1,000\s+64\s/);
  });
});

describe('crossover over m', () => {
  const row = (m: number, speedup: number): BenchRow => ({ transform: 't', case: 'c', n: 1000, m, beforeHz: 1, afterHz: speedup, speedup });
  test('is found on m, not on the fixed n', () => {
    const rows = [row(2, 0.7), row(4, 0.9), row(8, 1.2), row(16, 2)];
    expect(crossover(rows)).toBe(8);
    expect(describeCrossover(rows)).toBe('crossover: m = 8 (n = 1,000)');
  });
});

describe('plot', () => {
  const rows: BenchRow[] = [
    { transform: 't', case: 'equal', n: 10, beforeHz: 2, afterHz: 1, speedup: 0.5 },
    { transform: 't', case: 'equal', n: 1000, beforeHz: 1, afterHz: 30, speedup: 30 },
    { transform: 't', case: 'equal', n: 100_000, beforeHz: null, afterHz: 3, speedup: null },
    { transform: 't', case: 'tiny <m>', n: 1000, m: 2, beforeHz: 2, afterHz: 1, speedup: 0.5 },
    { transform: 't', case: 'tiny <m>', n: 1000, m: 64, beforeHz: 1, afterHz: 4, speedup: 4 },
  ];

  test('is a standalone SVG with one panel per kind of case and one line per case', () => {
    const svg = renderPlot('t', rows);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="920"/);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('n items against a collection of about n');
    expect(svg).toContain('1,000 items against a collection of m');
    expect(svg.match(/<path /g)).toHaveLength(2);
    // Rows without a speedup (before not run) are not drawn; names are escaped.
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('tiny &lt;m&gt;');
    expect(svg).not.toContain('NaN');
  });

  test('a suite with equal-size cases only has one panel', () => {
    const svg = renderPlot('t', rows.filter((r) => r.m === undefined));
    expect(svg).toMatch(/width="460"/);
    expect(svg).not.toContain('collection of m');
  });
});
