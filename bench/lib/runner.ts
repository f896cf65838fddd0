import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTransform } from '../../src/engine/registry';
import type { TransformOptions, TransformResult } from '../../src/engine/types';
import { compareRuns, compareValues, runOn } from '../../__tests__/harness/equivalence';
import { compileModule, exportedFunction } from '../../__tests__/harness/module-loader';
import { measurePair, type MeasureOptions } from './measure';
import { measurePairAsync } from './measure-async';
import type { CaseReport } from './report';
import type { BenchCase, BenchRow, BenchSuite } from './types';

/** The `bench/` folder: case files are relative to it. */
export const BENCH_DIR = path.resolve(__dirname, '..');

export const FULL_SIZES = [10, 100, 1_000, 10_000, 100_000];
export const QUICK_SIZES = [10, 100];

export type ApplyFn = (id: string, source: string, options: TransformOptions) => TransformResult;

export interface RunOptions {
  /** Sizes for every case, replacing the cases' own and the defaults (`--sizes`). */
  sizes?: number[];
  /** Smoke run: default sizes become QUICK_SIZES, a case's own sizes shrink to their ends, its own timing is ignored. */
  quick?: boolean;
  measure: MeasureOptions;
  /** The transform runner; a fake one in the harness's own tests. */
  apply?: ApplyFn;
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
}

export interface SuiteReport {
  transform: string;
  cases: CaseReport[];
  rows: BenchRow[];
  /** One line per failed case; non-empty means the run must exit non-zero. */
  failures: string[];
}

type Fn = (...args: unknown[]) => unknown;

/** The sizes a case runs at: `--sizes`, else its own (only the smallest and largest in a quick run), else the defaults. */
export function sizesFor(c: BenchCase, options: Pick<RunOptions, 'sizes' | 'quick'>): number[] {
  if (options.sizes) return options.sizes;
  if (options.quick && c.quickSizes) return c.quickSizes;
  if (c.sizes && c.sizes.length > 0) {
    if (!options.quick) return c.sizes;
    const ends = [Math.min(...c.sizes), Math.max(...c.sizes)];
    return [...new Set(ends)];
  }
  return options.quick ? QUICK_SIZES : FULL_SIZES;
}

/** The timing of a case: the run's, with the case's own settings on top except in a quick run. */
export function measureFor(c: BenchCase, options: Pick<RunOptions, 'measure' | 'quick'>): MeasureOptions {
  return options.quick || !c.measure ? options.measure : { ...options.measure, ...c.measure };
}

/** The before and after functions of one case: after is the transform's output, made now. */
export function prepareCase(transform: string, c: BenchCase, apply: ApplyFn): { before: Fn; after: Fn; afterCode: string } {
  const filePath = path.resolve(BENCH_DIR, c.file);
  const source = fs.readFileSync(filePath, 'utf8');
  const result = apply(transform, source, { filePath });
  if (result.errors.length > 0) {
    throw new Error(`the transform failed on ${c.file}: ${result.errors.map((e) => `${e.line}:${e.column} ${e.reason}`).join('; ')}`);
  }
  if (!result.changed || result.code === source) {
    throw new Error(`the transform made no change to ${c.file}: a benchmark of unchanged code proves nothing`);
  }
  const afterPath = filePath.replace(/(\.[cm]?[jt]sx?)$/, '.after$1');
  return {
    before: exportedFunction(compileModule(source, filePath).instantiate(), c.entry, filePath),
    after: exportedFunction(compileModule(result.code, afterPath).instantiate(), c.entry, afterPath),
    afterCode: result.code,
  };
}

/**
 * Before and after must agree on this input (same result, same errors, same effect on the
 * arguments), and the before code must leave the input as it was, since timing reuses it.
 */
export async function checkSameResults(before: Fn, after: Fn, args: unknown[]): Promise<string | null> {
  const left = await runOn(before, args);
  const right = await runOn(after, args);
  const difference = compareRuns(left, right);
  if (difference) return `before and after differ: ${difference}`;
  const mutated = compareValues(args, left.args, 'args');
  if (mutated) return `the code mutates its input (${mutated}); timed runs reuse it, so the bench would measure different work`;
  return null;
}

export async function runSuite(suite: BenchSuite, options: RunOptions): Promise<SuiteReport> {
  const apply = options.apply ?? applyTransform;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const report: SuiteReport = { transform: suite.transform, cases: [], rows: [], failures: [] };
  const teardown = suite.setup ? await suite.setup() : null;
  try {
    await runCases(suite, options, apply, log, report);
  } finally {
    await teardown?.();
  }
  return report;
}

async function runCases(suite: BenchSuite, options: RunOptions, apply: ApplyFn, log: (line: string) => void, report: SuiteReport): Promise<void> {
  for (const c of suite.cases) {
    const caseReport: CaseReport = { name: c.name, rows: [], notes: [] };
    report.cases.push(caseReport);
    try {
      await runCase(suite.transform, c, options, apply, log, caseReport);
    } catch (error) {
      caseReport.failure = (error as Error).message;
    }
    if (caseReport.failure) report.failures.push(`${suite.transform} / ${c.name}: ${caseReport.failure}`);
    report.rows.push(...caseReport.rows);
  }
}

/** The (n, m) points of a grid case: all of them, or the four corners in a quick run. */
export function gridPoints(c: BenchCase, quick: boolean): { n: number; m: number }[] {
  const ends = (xs: number[]) => [...new Set([Math.min(...xs), Math.max(...xs)])];
  const ns = quick ? ends(c.grid!.n) : c.grid!.n;
  const ms = quick ? ends(c.grid!.m) : c.grid!.m;
  return ns.flatMap((n) => ms.map((m) => ({ n, m })));
}

async function runGrid(
  transform: string, c: BenchCase, options: RunOptions, log: (line: string) => void, out: CaseReport,
  before: Fn, after: Fn,
): Promise<void> {
  const measure = measureFor(c, options);
  for (const { n, m } of gridPoints(c, !!options.quick)) {
    const args = c.input(n, m);
    const problem = await checkSameResults(before, after, args);
    if (problem) {
      out.failure = `n = ${n}, m = ${m}: ${problem}`;
      return;
    }
    log(`${transform} / ${c.name} / n = ${n}, m = ${m}`);
    const { beforeHz, afterHz } = measurePair(before, after, args, measure);
    out.rows.push({
      transform, case: c.name, n, m,
      beforeHz: round(beforeHz!, 2), afterHz: round(afterHz, 2), speedup: round(afterHz / beforeHz!, 3),
    });
  }
}

async function runCase(
  transform: string, c: BenchCase, options: RunOptions, apply: ApplyFn, log: (line: string) => void, out: CaseReport,
): Promise<void> {
  const { before, after } = prepareCase(transform, c, apply);
  if (c.grid) return runGrid(transform, c, options, log, out, before, after);
  const skipped: number[] = [];
  const measure = measureFor(c, options);
  const label = c.fixedN === undefined ? 'n' : 'm';
  for (const size of sizesFor(c, options)) {
    const args = c.input(size);
    const runBefore = c.maxBeforeN === undefined || size <= c.maxBeforeN;
    if (runBefore) {
      const problem = await checkSameResults(before, after, args);
      if (problem) {
        out.failure = `${label} = ${size}: ${problem}`;
        return;
      }
    } else {
      skipped.push(size);
    }
    const outer = c.fixedN === undefined ? '' : ` (n = ${c.fixedN})`;
    log(`${transform} / ${c.name} / ${label} = ${size}${outer}${runBefore ? '' : ' (after only)'}`);
    const { beforeHz, afterHz } = c.async
      ? await measurePairAsync(runBefore ? before : null, after, args, measure)
      : measurePair(runBefore ? before : null, after, args, measure);
    out.rows.push({
      transform, case: c.name,
      ...(c.fixedN === undefined ? { n: size } : { n: c.fixedN, m: size }),
      beforeHz: beforeHz === null ? null : round(beforeHz, 2),
      afterHz: round(afterHz, 2),
      speedup: beforeHz === null ? null : round(afterHz / beforeHz, 3),
    });
  }
  if (skipped.length > 0) {
    out.notes.push(`before not run above ${label} = ${c.maxBeforeN!.toLocaleString('en-US')} (too slow); after timed alone at ${label} = ${skipped.map((n) => n.toLocaleString('en-US')).join(', ')}`);
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Where results go: `bench/results/`, or the git-ignored `bench/results/quick/` for smoke runs. */
export function resultsDir(quick: boolean): string {
  return path.join(BENCH_DIR, 'results', ...(quick ? ['quick'] : []));
}

/** Writes the rows as JSON to `<dir>/<transform>.json`. */
export function writeResults(report: SuiteReport, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.transform}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report.rows, null, 2)}\n`);
  return file;
}
