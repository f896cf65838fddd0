import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeParser, parserForFile } from '../../src/engine/parse';
import type { Change, TransformOptions, TransformResult } from '../../src/engine/types';
import { readableDiff } from './text-diff';
import { folderConfig, type FixtureCase } from './fixtures';

/** The transform runner under test (the registry's `applyTransform`, or a fake in the harness's own tests). */
export type ApplyFn = (id: string, source: string, options: TransformOptions) => TransformResult;

/** One fixture after the transform ran on it, with and without the type oracle. */
export interface CaseRun {
  fixture: FixtureCase;
  input: string;
  /** The `.output` file (positive cases). */
  expected?: string;
  typed: TransformResult;
  untyped: TransformResult;
}

export class FixtureFailure extends Error {}

export function runCase(fixture: FixtureCase, apply: ApplyFn): CaseRun {
  const input = fs.readFileSync(fixture.inputPath, 'utf8');
  const expected = fixture.outputPath ? fs.readFileSync(fixture.outputPath, 'utf8') : undefined;
  const filePath = fixture.inputPath;
  const config = folderConfig(fixture);
  return {
    fixture,
    input,
    expected,
    typed: apply(fixture.transform, input, { filePath, config }),
    untyped: apply(fixture.transform, input, { filePath, types: false, config }),
  };
}

function where(fixture: FixtureCase): string {
  return path.relative(process.cwd(), fixture.inputPath);
}

function describeChange(change: Change): string {
  return `${change.line}:${change.column} [${change.safety}] ${change.message}`;
}

function assertNoErrors(fixture: FixtureCase, result: TransformResult, label: string): void {
  if (result.errors.length > 0) {
    const text = result.errors.map((e) => `${e.line}:${e.column} ${e.reason}`).join('\n  ');
    throw new FixtureFailure(`${where(fixture)} (${label}): the transform reported errors:\n  ${text}`);
  }
}

/** A trap comes out byte-identical with no Change; a positive case comes out exactly as its `.output`. */
export function assertExpectedOutput(run: CaseRun): void {
  const { fixture, typed } = run;
  assertNoErrors(fixture, typed, 'types on');
  if (fixture.kind === 'trap') {
    if (typed.code !== run.input) {
      throw new FixtureFailure(`${where(fixture)} is a trap but was rewritten:\n${readableDiff(run.input, typed.code, 'input', 'output')}`);
    }
    if (typed.changes.length > 0) {
      throw new FixtureFailure(`${where(fixture)} is a trap but Changes were recorded:\n  ${typed.changes.map(describeChange).join('\n  ')}`);
    }
    return;
  }
  if (typed.code !== run.expected) {
    throw new FixtureFailure(
      `${where(fixture)}: output differs from ${path.basename(fixture.outputPath!)}\n`
      + readableDiff(run.expected!, typed.code, 'expected (.output)', 'actual'),
    );
  }
}

/** Review Changes state assumptions, safe ones do not; a positive case (types on) records at least one. */
export function assertChangeRecords(run: CaseRun): void {
  const { fixture } = run;
  if (fixture.kind === 'positive' && run.typed.changes.length === 0) {
    throw new FixtureFailure(`${where(fixture)}: a positive case must produce at least one Change`);
  }
  for (const [label, result] of [['types on', run.typed], ['types off', run.untyped]] as const) {
    for (const change of result.changes) {
      if (change.safety === 'review' && change.assumptions.length === 0) {
        throw new FixtureFailure(`${where(fixture)} (${label}): review Change without assumptions: ${describeChange(change)}`);
      }
      if (change.safety === 'safe' && change.assumptions.length > 0) {
        throw new FixtureFailure(`${where(fixture)} (${label}): safe Change with assumptions: ${describeChange(change)} — ${change.assumptions.join('; ')}`);
      }
      if (change.transform !== fixture.transform) {
        throw new FixtureFailure(`${where(fixture)} (${label}): Change recorded under '${change.transform}'`);
      }
    }
  }
}

/** A second pass over `code` changes nothing. */
export function assertIdempotent(fixture: FixtureCase, code: string, options: TransformOptions, apply: ApplyFn, label: string): void {
  const again = apply(fixture.transform, code, { filePath: fixture.inputPath, config: folderConfig(fixture), ...options });
  assertNoErrors(fixture, again, `${label}, second pass`);
  if (again.code !== code || again.changes.length > 0) {
    throw new FixtureFailure(
      `${where(fixture)} (${label}): not idempotent, a second pass changed it`
      + (again.changes.length > 0 ? `\n  ${again.changes.map(describeChange).join('\n  ')}` : '')
      + `\n${readableDiff(code, again.code, 'first pass', 'second pass')}`,
    );
  }
}

/**
 * Without types the output may differ, but it parses, is idempotent and is never more aggressive:
 * a Change that is `safe` without types must be `safe` (at the same place) with types. A trap
 * stays a trap.
 */
export function assertUntypedNoBolder(run: CaseRun, apply: ApplyFn): void {
  const { fixture, typed, untyped } = run;
  assertNoErrors(fixture, untyped, 'types off');
  try {
    makeParser(parserForFile(fixture.inputPath)).parse(untyped.code);
  } catch (error) {
    throw new FixtureFailure(`${where(fixture)} (types off): output does not parse: ${(error as Error).message}`);
  }
  if (fixture.kind === 'trap' && (untyped.code !== run.input || untyped.changes.length > 0)) {
    throw new FixtureFailure(`${where(fixture)} is a trap but was rewritten with types off:\n${readableDiff(run.input, untyped.code, 'input', 'output')}`);
  }
  const typedAt = new Map(typed.changes.map((c) => [`${c.line}:${c.column}`, c]));
  for (const change of untyped.changes) {
    if (change.safety !== 'safe') continue;
    const withTypes = typedAt.get(`${change.line}:${change.column}`);
    if (!withTypes || withTypes.safety !== 'safe') {
      throw new FixtureFailure(
        `${where(fixture)}: more aggressive without types: ${describeChange(change)} is safe with types off, `
        + `but with types on it is ${withTypes ? withTypes.safety : 'not made'}`,
      );
    }
  }
  assertIdempotent(fixture, untyped.code, { types: false }, apply, 'types off');
}
