import * as path from 'node:path';
import { makeParser, parserForFile } from '../../src/engine/parse';
import { assertIdempotent, FixtureFailure, runCase, type ApplyFn, type CaseRun } from './case-checks';
import type { FixtureCase } from './fixtures';

/**
 * Every fixture also runs under `all` (every transform in turn on one parse), where one
 * transform's inserted statements and replaced nodes are the next one's input. The `all` output
 * has no expected file: it must parse, be idempotent under `all`, report no error, never let a
 * trap's own transform fire, and run equivalent to the input (see `allOutputsToExecute`).
 */

/** `apply` with every transform, whatever the fixture's folder. */
export function allOf(apply: ApplyFn): ApplyFn {
  return (_id, source, options) => apply('all', source, options);
}

/** The fixture run through `all`, with and without types. */
export function runAllCase(fixture: FixtureCase, apply: ApplyFn): CaseRun {
  return runCase(fixture, allOf(apply));
}

function where(fixture: FixtureCase): string {
  return path.relative(process.cwd(), fixture.inputPath);
}

/** One side (types on or off) of an `all` run: no errors, parses, idempotent; a trap's own transform stays silent. */
export function assertAllSound(run: CaseRun, apply: ApplyFn): void {
  const { fixture } = run;
  for (const [label, result, options] of [
    ['all, types on', run.typed, {}],
    ['all, types off', run.untyped, { types: false }],
  ] as const) {
    if (result.errors.length > 0) {
      const text = result.errors.map((e) => `${e.line}:${e.column} ${e.reason}`).join('\n  ');
      throw new FixtureFailure(`${where(fixture)} (${label}): errors reported:\n  ${text}`);
    }
    try {
      makeParser(parserForFile(fixture.inputPath)).parse(result.code);
    } catch (error) {
      throw new FixtureFailure(`${where(fixture)} (${label}): output does not parse: ${(error as Error).message}`);
    }
    if (result.changed !== (result.code !== run.input)) {
      throw new FixtureFailure(`${where(fixture)} (${label}): 'changed' is ${result.changed} but the text ${result.changed ? 'is the input' : 'differs'}`);
    }
    if (fixture.kind === 'trap') {
      const own = result.changes.filter((c) => c.transform === fixture.transform);
      if (own.length > 0) {
        throw new FixtureFailure(
          `${where(fixture)} (${label}): a trap of ${fixture.transform}, but ${fixture.transform} rewrote it under all:\n  `
          + own.map((c) => `${c.line}:${c.column} ${c.message}`).join('\n  '),
        );
      }
    }
    if (result.changed && result.changes.length === 0) {
      throw new FixtureFailure(`${where(fixture)} (${label}): the text changed but no Change was recorded`);
    }
    assertIdempotent(fixture, result.code, options, allOf(apply), label);
  }
}

/**
 * The `all` outputs whose execution is not proven yet: those that differ from the input and from
 * the texts the per-transform checks already execute (the `.output` file, the types-off output).
 */
export function allOutputsToExecute(all: CaseRun, single: CaseRun): { label: string; code: string }[] {
  const proven = new Set([all.input, ...(single.expected !== undefined ? [single.expected, single.untyped.code] : [])]);
  const out: { label: string; code: string }[] = [];
  for (const [label, result] of [['all', all.typed], ['all, types-off', all.untyped]] as const) {
    if (proven.has(result.code)) continue;
    proven.add(result.code);
    out.push({ label, code: result.code });
  }
  return out;
}
