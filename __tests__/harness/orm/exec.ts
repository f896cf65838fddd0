import fc from 'fast-check';
import * as path from 'node:path';
import ts from 'typescript';
import { captureOutcome, compareValues, show, type Outcome } from '../equivalence';
import { generateDataset, generateItems, generateLongItems, seedArb } from './dataset';
import { expectedQueries, parseHeader, type FixtureHeader } from './header';
import { normalize } from './normalize';
import type { OrmHarness } from './types';

/**
 * Runs an N+1 fixture's input module and its rewritten module on a real client and compares
 * them: same return value, same thrown error, same effect on the items and on the database,
 * and the query counts of the `// queries:` header (input: N+1, output: 1 + chunks).
 */

export type Entry = (db: Record<string, unknown>, items: unknown[]) => unknown;

/**
 * Compiles a fixture (TypeScript `transpileModule` to CommonJS, as the generic harness does) and
 * returns its `run`. `require` is the harness's own: the fixture's `In`, `inArray`, `Op`,
 * ObjectId... must be the instances of the very packages the client was built with (under jest a
 * second copy of `typeorm` would not recognise the first one's operators).
 */
export function loadEntry(source: string, filePath: string, requireFn: NodeJS.Require = require, entry = 'run'): Entry {
  const output = ts.transpileModule(source, {
    fileName: path.basename(filePath).replace(/\.[mc]([jt]s)$/, '.$1'),
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  });
  const errors = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    throw new Error(`${filePath}: does not compile: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
  }
  const module = { exports: {} as Record<string, unknown> };
  const body = new Function('exports', 'require', 'module', '__filename', '__dirname', `${output.outputText}\n//# sourceURL=${filePath}`);
  body(module.exports, requireFn, module, filePath, path.dirname(filePath));
  const run = module.exports[entry];
  if (typeof run !== 'function') throw new Error(`${filePath}: no exported function '${entry}'`);
  return run as Entry;
}

/** What one side did on one run, as comparable plain data. */
export interface SideResult {
  outcome: Outcome;
  items: unknown;
  rows: unknown;
  queries: number;
  /** The last statements sent, for failure messages. */
  recent: string[];
}

/** Loads the rows, runs `entry(db, items)` once, and records everything observable. */
export async function runSide(harness: OrmHarness, entry: Entry, header: FixtureHeader, seed: number, items: unknown[]): Promise<SideResult> {
  await harness.load(generateDataset(seed));
  harness.counter.reset();
  const sideItems = harness.prepareItems(header.items, items);
  const outcome = await captureOutcome(() => entry(harness.makeDb(), sideItems));
  const queries = harness.counter.value;
  const recent = [...harness.counter.recent];
  const normalized: Outcome = outcome.kind === 'returned' ? { kind: 'returned', value: normalize(outcome.value) } : outcome;
  return { outcome: normalized, items: normalize(sideItems), rows: normalize(await harness.dump()), queries, recent };
}

/** The first observable difference between the two sides, in words, or null. */
export function compareSides(before: SideResult, after: SideResult): string | null {
  const a = before.outcome;
  const b = after.outcome;
  if (a.kind !== b.kind) return `before ${describe(a)}, after ${describe(b)}`;
  if (a.kind === 'threw' && b.kind === 'threw') {
    const ea = errorOf(a.error);
    const eb = errorOf(b.error);
    if (ea !== eb) return `before threw ${ea}; after threw ${eb}`;
  } else {
    const difference = compareValues((a as { value: unknown }).value, (b as { value: unknown }).value, 'result');
    if (difference) return difference;
  }
  return compareValues(before.items, after.items, 'items (after the call)') ?? compareValues(before.rows, after.rows, 'database rows (after the call)');
}

/**
 * Query counts: exactly the header's when neither side threw. When a run throws (an `...OrThrow`
 * on a missing key), the input stopped early and the output had already sent its batches: then
 * the output may send at most its batches plus one (the original call, re-issued for the first
 * missing key so that the ORM's own error is thrown).
 */
export function checkQueries(header: FixtureHeader, harness: OrmHarness, items: unknown[], before: SideResult, after: SideResult): string | null {
  if (!header.queries) {
    return after.queries > before.queries ? `the output sent more queries (${after.queries}) than the input (${before.queries})` : null;
  }
  const counted = harness.prepareItems(header.items, items);
  const wantBefore = expectedQueries(header.queries.before, harness.orm, counted);
  const wantAfter = expectedQueries(header.queries.after, harness.orm, counted);
  const clip = (sql: string) => (sql.length > 160 ? `${sql.slice(0, 157)}...` : sql);
  const last = (side: SideResult) => `last: ${side.recent.slice(-3).map(clip).join(' | ') || 'none'}`;
  if (before.outcome.kind === 'threw' || after.outcome.kind === 'threw') {
    if (after.queries > wantAfter + 1) {
      return `the output threw after ${after.queries} queries; at most after=${header.queries.after} + 1 = ${wantAfter + 1} (${last(after)})`;
    }
    return null;
  }
  if (before.queries !== wantBefore) {
    return `the input sent ${before.queries} queries, the header says before=${header.queries.before} = ${wantBefore} (${last(before)})`;
  }
  if (after.queries !== wantAfter) {
    return `the output sent ${after.queries} queries, the header says after=${header.queries.after} = ${wantAfter} (${last(after)})`;
  }
  return null;
}

export interface PairCheck {
  harness: OrmHarness;
  before: Entry;
  after: Entry;
  header: FixtureHeader;
  label: string;
  numRuns?: number;
  seed?: number;
}

/** One comparison on one seed (and, for `long`, one long list of items); throws the difference. */
export async function checkPairOnce(check: PairCheck, seed: number, items: unknown[]): Promise<void> {
  const left = await runSide(check.harness, check.before, check.header, seed, items);
  const right = await runSide(check.harness, check.after, check.header, seed, items);
  const difference = compareSides(left, right) ?? checkQueries(check.header, check.harness, items, left, right);
  if (difference) {
    throw new Error(`${check.label}: seed ${seed}, ${items.length} items ${show(items)}:\n  ${difference}`);
  }
}

export const DEFAULT_EXEC_RUNS = 40;

/** The property over generated seeds, then the `// long:` run. */
export async function assertPairEquivalent(check: PairCheck): Promise<void> {
  const runs = Number(process.env.PERFMOD_FC_RUNS) > 0 ? Number(process.env.PERFMOD_FC_RUNS) : check.numRuns ?? DEFAULT_EXEC_RUNS;
  // The edge lengths always, whatever the property draws: no items, one, two with the same key.
  const some = generateItems(check.header.items, 7, 2);
  for (const items of [[], some.slice(0, 1), [some[0], some[0]], some]) await checkPairOnce(check, 7, items);
  try {
    await fc.assert(
      fc.asyncProperty(seedArb(), (seed) => checkPairOnce(check, seed, generateItems(check.header.items, seed))),
      { numRuns: runs, seed: check.seed ?? labelSeed(check.label), endOnFailure: true },
    );
  } catch (error) {
    // fast-check's report carries the difference as its cause: put it first.
    const cause = (error as { cause?: unknown }).cause;
    throw new Error(`${cause instanceof Error ? cause.message : String(cause ?? '')}\n${(error as Error).message}`);
  }
  if (check.header.long !== undefined) {
    await checkPairOnce(check, 1, generateLongItems(check.header.items, check.header.long, 1));
  }
}

/** Runs a trap's input on a few seeds: it must run (an ORM error such as `...OrThrow`'s is fine, a TypeError is not). */
export async function assertRuns(harness: OrmHarness, entry: Entry, header: FixtureHeader, label: string, runs = 5): Promise<void> {
  for (let seed = 1; seed <= runs; seed++) {
    const side = await runSide(harness, entry, header, seed, generateItems(header.items, seed));
    if (side.outcome.kind === 'threw') {
      const error = side.outcome.error;
      if (error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError
        || (error as Error)?.name === 'TypeError' || (error as Error)?.name === 'ReferenceError') {
        throw new Error(`${label}: does not run on the real client (seed ${seed}): ${errorOf(error)}`);
      }
    }
  }
}

export { parseHeader };

function errorOf(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const e = error as Error & { code?: unknown };
    const name = (e.constructor as { name?: string } | undefined)?.name ?? e.name;
    return `${name}${e.code !== undefined ? ` (${String(e.code)})` : ''}: ${e.message}`;
  }
  return show(error);
}

function describe(outcome: Outcome): string {
  return outcome.kind === 'returned' ? `returned ${show(outcome.value)}` : `threw ${errorOf(outcome.error)}`;
}

function labelSeed(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
