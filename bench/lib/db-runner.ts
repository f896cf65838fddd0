import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openOrm, type OrmName } from '../../__tests__/harness/orm';
import { generateDataset } from '../../__tests__/harness/orm/dataset';
import { captureOutcome, compareValues } from '../../__tests__/harness/equivalence';
import { loadEntry, type Entry } from '../../__tests__/harness/orm/exec';
import { normalize } from '../../__tests__/harness/orm/normalize';
import { applyTransform } from '../../src/engine/registry';
import { pgClient, type PgOrm } from './db/clients';
import { loadPostgres, openPostgres, type PostgresEngine } from './db/postgres';
import type { DbBenchCase, DbBenchSuite } from './db-types';
import type { MeasureOptions } from './measure';
import type { CaseReport } from './report';
import type { SuiteReport } from './runner';
import { BENCH_DIR, type ApplyFn } from './runner';

/**
 * Runs a database benchmark suite: every case's "before" module and the transform's output of
 * it (made now) against a real engine, PostgreSQL (PGlite embedded, or the server at
 * DATABASE_URL) or SQLite through the real ORMs of the N+1 tests. Per size: one checked run of
 * each side (same result, same effect on the items; the queries each sent), then timing,
 * before and after alternated. Calls are asynchronous, so timing is a plain loop over awaited
 * calls (benchmark.js times synchronous functions here): each side runs until `maxTime` has
 * passed and at least once, per round.
 */

export const DB_FULL_SIZES = [10, 100, 1_000, 10_000];
export const DB_QUICK_SIZES = [10, 100];

export interface DbRunOptions {
  quick: boolean;
  sizes?: number[];
  measure: MeasureOptions;
  log?: (line: string) => void;
  /** The transform runner; a fake one in the harness's own tests. */
  apply?: ApplyFn;
}

interface Side {
  /** The `db` of one call: fresh where the client caches (DataLoader), else the same one. */
  db(): Record<string, unknown>;
  queries(): number;
  reset(): void;
}

interface Target {
  engine: string;
  side(orm: string): Promise<Side>;
  close(): Promise<void>;
}

export async function runDbSuite(suite: DbBenchSuite, options: DbRunOptions): Promise<SuiteReport & { table: string }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const report: SuiteReport = { transform: suite.transform, cases: [], rows: [], failures: [] };
  const sizesOf = (c: DbBenchCase) => options.sizes ?? (options.quick ? DB_QUICK_SIZES : c.sizes ?? DB_FULL_SIZES);
  const largest = Math.max(...suite.cases.flatMap(sizesOf));
  const targets = new Map<string, Target>();
  try {
    for (const c of suite.cases) {
      const out: CaseReport = { name: c.name, rows: [], notes: [] };
      report.cases.push(out);
      try {
        let target = targets.get(c.engine);
        if (!target) {
          log(`${suite.transform}: preparing ${c.engine} with ${largest.toLocaleString('en-US')} users and posts`);
          target = c.engine === 'postgres' ? await postgresTarget(largest) : await sqliteTarget(largest);
          targets.set(c.engine, target);
        }
        await runDbCase(suite.transform, c, target, sizesOf(c), options, log, out);
      } catch (error) {
        out.failure = (error as Error).message;
      }
      if (out.failure) report.failures.push(`${suite.transform} / ${c.name}: ${out.failure}`);
      report.rows.push(...out.rows);
    }
  } finally {
    for (const target of targets.values()) await target.close();
  }
  return { ...report, table: formatDbTable(suite.transform, report) };
}

/** The before module and the transform's output of it, made now. */
export function prepareDbCase(transform: string, c: DbBenchCase, apply: ApplyFn = applyTransform): { before: Entry; after: Entry; afterCode: string } {
  const filePath = path.resolve(BENCH_DIR, c.file);
  const source = fs.readFileSync(filePath, 'utf8');
  const result = apply(transform, source, { filePath, config: c.config });
  if (result.errors.length > 0) throw new Error(`the transform failed on ${c.file}: ${result.errors.map((e) => `${e.line}:${e.column} ${e.reason}`).join('; ')}`);
  if (!result.changed || result.code === source) throw new Error(`the transform made no change to ${c.file}: a benchmark of unchanged code proves nothing`);
  const entry = c.entry ?? 'run';
  const afterPath = filePath.replace(/(\.[cm]?[jt]sx?)$/, '.after$1');
  return { before: loadEntry(source, filePath, require, entry), after: loadEntry(result.code, afterPath, require, entry), afterCode: result.code };
}

async function runDbCase(
  transform: string, c: DbBenchCase, target: Target, sizes: number[], options: DbRunOptions, log: (line: string) => void, out: CaseReport,
): Promise<void> {
  const { before, after } = prepareDbCase(transform, c, options.apply);
  const side = await target.side(c.orm);
  for (const n of sizes) {
    const items = c.items(n);
    const left = await checkedRun(side, before, items);
    const right = await checkedRun(side, after, items);
    const difference = compareRun(left, right);
    if (difference) {
      out.failure = `n = ${n}: before and after differ: ${difference}`;
      return;
    }
    log(`${transform} / ${c.name} / n = ${n} (${left.queries} -> ${right.queries} queries)`);
    const { beforeHz, afterHz } = await measureAsyncPair(side, before, after, items, options.measure);
    out.rows.push({
      transform, case: c.name, n,
      beforeHz: round(beforeHz, 3), afterHz: round(afterHz, 3), speedup: round(afterHz / beforeHz, 2),
      orm: c.orm, engine: target.engine, queriesBefore: left.queries, queriesAfter: right.queries,
    });
  }
}

interface CheckedRun {
  outcome: Awaited<ReturnType<typeof captureOutcome>>;
  items: unknown;
  queries: number;
}

async function checkedRun(side: Side, fn: Entry, items: unknown[]): Promise<CheckedRun> {
  const copy = structuredClone(items);
  const db = side.db();
  side.reset();
  const outcome = await captureOutcome(() => fn(db, copy));
  const queries = side.queries();
  return { outcome: outcome.kind === 'returned' ? { kind: 'returned', value: normalize(outcome.value) } : outcome, items: normalize(copy), queries };
}

function compareRun(a: CheckedRun, b: CheckedRun): string | null {
  if (a.outcome.kind !== b.outcome.kind || a.outcome.kind === 'threw') {
    const describe = (r: CheckedRun) => (r.outcome.kind === 'threw' ? `threw ${String((r.outcome.error as Error)?.message ?? r.outcome.error)}` : 'returned');
    return `before ${describe(a)}, after ${describe(b)} (a benchmark input must not throw)`;
  }
  return compareValues((a.outcome as { value: unknown }).value, (b.outcome as { value: unknown }).value, 'result')
    ?? compareValues(a.items, b.items, 'items (after the call)');
}

/** Calls per second of each side, alternating (before-after, then after-before...). */
async function measureAsyncPair(side: Side, before: Entry, after: Entry, items: unknown[], options: MeasureOptions): Promise<{ beforeHz: number; afterHz: number }> {
  const rates = { before: [] as number[], after: [] as number[] };
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
    for (const which of order) rates[which].push(await hzOfAsync(side, which === 'before' ? before : after, items, options.maxTime));
  }
  const mean = (values: number[]) => values.reduce((x, y) => x + y, 0) / values.length;
  return { beforeHz: mean(rates.before), afterHz: mean(rates.after) };
}

let sink: unknown;
export function lastDbSink(): unknown {
  return sink;
}

async function hzOfAsync(side: Side, fn: Entry, items: unknown[], maxTime: number): Promise<number> {
  // The checked run before timing has already warmed up this code path at this n.
  let elapsed = 0;
  let calls = 0;
  while (calls === 0 || elapsed < maxTime * 1000) {
    // Outside the timer: only the call is measured.
    const copy = structuredClone(items);
    const db = side.db();
    const start = performance.now();
    sink = await fn(db, copy);
    elapsed += performance.now() - start;
    calls++;
  }
  return calls / (elapsed / 1000);
}

async function postgresTarget(largest: number): Promise<Target> {
  const engine: PostgresEngine = await openPostgres();
  await loadPostgres(engine, benchDataset(largest));
  const clients = new Map<string, Awaited<ReturnType<typeof pgClient>>>();
  return {
    engine: engine.label,
    async side(orm) {
      let client = clients.get(orm);
      if (!client) {
        client = await pgClient(orm as PgOrm, engine);
        clients.set(orm, client);
      }
      const { counter, db } = client;
      return { db: () => db, queries: () => counter.value, reset: () => counter.reset() };
    },
    async close() {
      for (const client of clients.values()) await client.close();
      await engine.close();
    },
  };
}

async function sqliteTarget(largest: number): Promise<Target> {
  const harnesses = new Map<string, Awaited<ReturnType<typeof openOrm>>>();
  const data = benchDataset(largest);
  return {
    engine: 'sqlite',
    async side(orm) {
      let harness = harnesses.get(orm);
      if (!harness) {
        harness = await openOrm(orm as OrmName);
        await harness.load(data);
        harnesses.set(orm, harness);
      }
      const h = harness;
      return { db: () => h.makeDb(), queries: () => h.counter.value, reset: () => h.counter.reset() };
    },
    async close() {
      for (const harness of harnesses.values()) await harness.close();
    },
  };
}

/** n users (ids 1..n), n posts and 2n comments, the same rows on every engine. */
function benchDataset(n: number) {
  return generateDataset(20251202, { users: n, posts: n, comments: 2 * n });
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function rate(hz: number | null): string {
  if (hz === null) return '—';
  return hz >= 100 ? Math.round(hz).toLocaleString('en-US') : hz.toPrecision(3);
}

/** The stdout table: one line per case and size, with the queries each side sent. */
export function formatDbTable(transform: string, report: SuiteReport): string {
  const header = ['case', 'engine', 'n', 'queries', 'before calls/s', 'after calls/s', 'speedup'];
  const rows = report.cases.flatMap((c) => c.rows.map((r) => {
    const row = r;
    return [c.name, row.engine ?? '', row.n.toLocaleString('en-US'), `${row.queriesBefore} -> ${row.queriesAfter}`,
      rate(row.beforeHz), rate(row.afterHz), row.speedup === null ? '—' : `${row.speedup >= 10 ? row.speedup.toFixed(0) : row.speedup.toFixed(2)}x`];
  }));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i <= 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const out = [transform, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  for (const c of report.cases) if (c.failure) out.push(`  ${c.name}: FAILED: ${c.failure}`);
  return out.join('\n');
}

