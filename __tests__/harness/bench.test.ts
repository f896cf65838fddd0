import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TransformResult } from '../../src/engine/types';
import { QUICK_MEASURE } from '../../bench/lib/measure';
import { crossover, formatTable } from '../../bench/lib/report';
import { runSuite, writeResults, type ApplyFn } from '../../bench/lib/runner';
import type { BenchRow, BenchSuite } from '../../bench/lib/types';
import nestedLoopSuite from '../../bench/nested-loop-to-set.bench';
import arrayLookupSuite from '../../bench/array-lookup-to-map.bench';

// Tests of the benchmark harness with fake transforms (the real ones are exercised by `npm run bench`).

/** A fake transform on text: applies `rewrite` and reports one Change when it changed something. */
function textTransform(rewrite: (source: string) => string): ApplyFn {
  return (id, source): TransformResult => {
    const code = rewrite(source);
    const changed = code !== source;
    return {
      code, changed, skipped: [], errors: [],
      changes: changed ? [{ id: 'c1', transform: id, line: 1, column: 1, safety: 'safe', message: 'fake', assumptions: [] }] : [],
    };
  };
}

const toSet = textTransform((s) => s.replace(
  'return mine.filter((id) => theirs.includes(id));',
  'const theirsSet = new Set(theirs);\n  return mine.filter((id) => theirsSet.has(id));',
));

const filterIncludes = nestedLoopSuite.cases.find((c) => c.name === 'filter-includes')!;
const quiet = { log: () => undefined, measure: QUICK_MEASURE };

function suiteOf(...cases: BenchSuite['cases']): BenchSuite {
  return { transform: 'nested-loop-to-set', cases };
}

describe('bench runner', () => {
  test('times before and after of a transformed case, size by size', async () => {
    const report = await runSuite(suiteOf(filterIncludes), { ...quiet, sizes: [10, 200], apply: toSet });
    expect(report.failures).toEqual([]);
    expect(report.rows.map((r) => [r.case, r.n])).toEqual([['filter-includes', 10], ['filter-includes', 200]]);
    for (const row of report.rows) {
      expect(row.beforeHz).toBeGreaterThan(0);
      expect(row.afterHz).toBeGreaterThan(0);
      expect(row.speedup).toBeCloseTo(row.afterHz / row.beforeHz!, 1);
    }
    expect(formatTable('nested-loop-to-set', report.cases)).toMatch(/filter-includes\s+200\s+[\d,.]+\s+[\d,.]+\s+[\d.]+x[\s\S]*filter-includes: crossover: /);
  });

  test('fails when the transform makes no change to the before source', async () => {
    const report = await runSuite(suiteOf(filterIncludes), { ...quiet, sizes: [10], apply: textTransform((s) => s) });
    expect(report.failures).toEqual([expect.stringMatching(/filter-includes: the transform made no change .* proves nothing/)]);
    expect(report.rows).toEqual([]);
  });

  test('fails when the transform reports errors', async () => {
    const failing: ApplyFn = (id, source) => ({
      code: source, changed: false, changes: [], skipped: [], errors: [{ line: 2, column: 3, reason: 'boom' }],
    });
    const report = await runSuite(suiteOf(filterIncludes), { ...quiet, sizes: [10], apply: failing });
    expect(report.failures).toEqual([expect.stringMatching(/transform failed .* 2:3 boom/)]);
  });

  test('fails, before timing, when before and after give different results', async () => {
    // Off by one: drops matches at index 0 of `theirs`, so n = 10 may pass, n = 100 does not.
    const wrong = textTransform((s) => s.replace('theirs.includes(id)', 'theirs.indexOf(id) > 0'));
    const report = await runSuite(suiteOf(filterIncludes), { ...quiet, sizes: [10, 100], apply: wrong });
    expect(report.failures).toEqual([expect.stringMatching(/n = 100: before and after differ: result: array of length 50 vs 49/)]);
    expect(report.rows.map((r) => r.n)).toEqual([10]);
  });

  test('fails when the code mutates its input (timed runs reuse it)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-bench-'));
    const file = path.join(dir, 'sorts.ts');
    fs.writeFileSync(file, 'export function top(a: number[]): number { return a.sort((x, y) => y - x)[0]; }\n');
    const suite = suiteOf({ name: 'sorts', file, entry: 'top', input: (n) => [Array.from({ length: n }, (_, i) => i)] });
    const touch = textTransform((s) => s.replace('[0]', '.at(0)!'));
    const report = await runSuite(suite, { ...quiet, sizes: [10], apply: touch });
    expect(report.failures).toEqual([expect.stringMatching(/mutates its input/)]);
  });

  test('above maxBeforeN only after is timed, with a note', async () => {
    const capped = { ...filterIncludes, maxBeforeN: 10 };
    const report = await runSuite(suiteOf(capped), { ...quiet, sizes: [10, 50], apply: toSet });
    expect(report.failures).toEqual([]);
    expect(report.rows[1]).toMatchObject({ n: 50, beforeHz: null, speedup: null });
    expect(report.rows[1].afterHz).toBeGreaterThan(0);
    expect(report.cases[0].notes.join()).toMatch(/before not run above n = 10/);
    expect(formatTable('x', report.cases)).toMatch(/filter-includes\s+50\s+—/);
  });

  test('results are written as JSON rows', async () => {
    const report = await runSuite(suiteOf(filterIncludes), { ...quiet, sizes: [10], apply: toSet });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-results-'));
    const file = writeResults(report, dir);
    expect(path.basename(file)).toBe('nested-loop-to-set.json');
    const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchRow[];
    expect(Object.keys(rows[0])).toEqual(['transform', 'case', 'n', 'beforeHz', 'afterHz', 'speedup']);
  });
});

describe('crossover', () => {
  const row = (n: number, speedup: number | null): BenchRow =>
    ({ transform: 't', case: 'c', n, beforeHz: speedup === null ? null : 1, afterHz: speedup ?? 1, speedup });
  test('the smallest n from which after stays faster', () => {
    expect(crossover([row(10, 0.5), row(100, 1.5), row(1000, 9)])).toBe(100);
    expect(crossover([row(10, 1.2), row(100, 0.9), row(1000, 3)])).toBe(1000);
    expect(crossover([row(10, 2), row(100, 3)])).toBe(10);
    expect(crossover([row(10, 0.5), row(100, 0.8)])).toBeNull();
    expect(crossover([row(10, 0.5), row(100, 2), row(100_000, null)])).toBe(100);
  });
});

describe('bench declarations', () => {
  test.each([nestedLoopSuite, arrayLookupSuite])('$transform: every case has a before file exporting its entry and inputs of size n', async (suite) => {
    for (const c of suite.cases) {
      const file = path.resolve(__dirname, '..', '..', 'bench', c.file);
      expect(fs.readFileSync(file, 'utf8')).toMatch(new RegExp(`export function ${c.entry}\\(`));
      const args = c.input(100);
      // A small-collection case keeps its outer list at fixedN and sizes the collection by the argument.
      expect((args[0] as unknown[]).length).toBe(c.fixedN ?? 100);
      // Deterministic: the same n gives the same data.
      expect(c.input(100)).toEqual(args);
    }
  });
});
