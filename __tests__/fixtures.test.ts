import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTransform, transformIds } from '../src/engine/registry';
import {
  assertChangeRecords, assertExpectedOutput, assertIdempotent, assertUntypedNoBolder, runCase, type CaseRun,
} from './harness/case-checks';
import { parseCheckLines, type CheckLine } from './harness/check-lines';
import { discoverFixtures, executedOnDatabase, layoutProblems, type FixtureCase } from './harness/fixtures';
import { allOutputsToExecute, assertAllSound, runAllCase } from './harness/all-checks';
import { compileModule } from './harness/module-loader';
import { assertEquivalent } from './harness/property';

// Every `__testfixtures__/<transform>/<case>.input.<ext>` becomes a group of tests: adding a file
// adds its tests. See docs/fixtures.md.
// PERFMOD_FIXTURES_DIR points the same tests at another tree (for working on the harness).
const ROOT = path.resolve(process.env.PERFMOD_FIXTURES_DIR ?? path.join(__dirname, '..', '__testfixtures__'));
const folders = discoverFixtures(ROOT);
// Runs per check for `all` outputs that differ from the per-transform ones (PERFMOD_FC_RUNS overrides).
const ALL_RUNS = process.env.PERFMOD_FC_RUNS ? undefined : 100;

describe('fixture layout', () => {
  test('each registered transform has a folder with a trap and a positive case; each output has its input', () => {
    const problems = layoutProblems(ROOT, folders, transformIds);
    if (problems.length > 0) throw new Error(`fixture layout problems:\n  ${problems.join('\n  ')}`);
  });
});

for (const folder of folders) {
  describe(folder.transform, () => {
    for (const fixture of folder.cases) describeCase(fixture);
  });
}

function describeCase(fixture: FixtureCase): void {
  describe(`${fixture.name}.${fixture.ext} (${fixture.kind})`, () => {
    // The transform runs once per case (types on and off); every test below reads the same run.
    let cached: CaseRun | undefined;
    const run = (): CaseRun => (cached ??= runCase(fixture, applyTransform));

    test(fixture.kind === 'trap' ? 'comes out byte-identical, with no Change' : 'comes out exactly as its .output file', () => {
      assertExpectedOutput(run());
    });

    test('records Changes: review with assumptions, safe without', () => {
      assertChangeRecords(run());
    });

    test('is idempotent: a second pass changes nothing', () => {
      assertIdempotent(fixture, run().typed.code, {}, applyTransform, 'types on');
    });

    test('without types: parses, is idempotent and is never bolder', () => {
      assertUntypedNoBolder(run(), applyTransform);
    });

    if (fixture.kind === 'positive') describeChecks(fixture, run);
    describeUnderAll(fixture, run);
  });
}

/** The same case under `all`: every transform in turn on one parse (see harness/all-checks.ts). */
function describeUnderAll(fixture: FixtureCase, run: () => CaseRun): void {
  describe('under all', () => {
    let cached: CaseRun | undefined;
    const runAll = (): CaseRun => (cached ??= runAllCase(fixture, applyTransform));

    test(`parses, reports no error, is idempotent (types on and off)${fixture.kind === 'trap' ? `; ${fixture.transform} never fires` : ''}`, () => {
      assertAllSound(runAll(), applyTransform);
    });

    let checks: CheckLine[];
    try {
      checks = parseCheckLines(fs.readFileSync(fixture.inputPath, 'utf8'));
    } catch (error) {
      // A positive case's malformed line is reported by describeChecks; a trap's is reported here.
      if (fixture.kind === 'trap') {
        test('declares valid @perfmod-check lines', () => {
          throw error;
        });
      }
      return;
    }
    // A database case rewritten under all is executed on the real client by n-plus-one-exec.test.ts.
    if (fixture.kind === 'trap' && !executedOnDatabase(fixture)) {
      test('if another transform rewrites this trap, it declares @perfmod-check lines to prove it', () => {
        const unproven = allOutputsToExecute(runAll(), run());
        if (unproven.length > 0 && checks.length === 0) {
          const by = [...new Set([...runAll().typed.changes, ...runAll().untyped.changes].map((c) => c.transform))].join(', ');
          throw new Error(`${path.relative(process.cwd(), fixture.inputPath)}: rewritten under all (by ${by}) but declares no @perfmod-check line: its equivalence is unproven`);
        }
      });
    }
    for (const check of checks) {
      // Only outputs no other test executes: usually `all` gives the .output text and this is free.
      test(`the all output executes the same: ${check.text}`, async () => {
        const before = compileModule(run().input, fixture.inputPath);
        for (const { label, code } of allOutputsToExecute(runAll(), run())) {
          const afterPath = fixture.inputPath.replace(/\.input\./, `.output(${label}).`);
          await assertEquivalent({ before, after: compileModule(code, afterPath), check, numRuns: ALL_RUNS });
        }
      });
    }
  });
}

function describeChecks(fixture: FixtureCase, run: () => CaseRun): void {
  let checks: CheckLine[];
  try {
    checks = parseCheckLines(fs.readFileSync(fixture.inputPath, 'utf8'));
  } catch (error) {
    test('declares valid @perfmod-check lines', () => {
      throw error;
    });
    return;
  }
  for (const check of checks) {
    test(`executes the same before and after: ${check.text}`, async () => {
      const { input, expected, untyped } = run();
      const before = compileModule(input, fixture.inputPath);
      await assertEquivalent({ before, after: compileModule(expected!, fixture.outputPath!), check });
      // Without types the rewrite may differ from the .output: it must be just as equivalent.
      if (untyped.changed && untyped.code !== expected) {
        const untypedPath = fixture.outputPath!.replace(/\.output\./, '.output(types-off).');
        await assertEquivalent({ before, after: compileModule(untyped.code, untypedPath), check });
      }
    });
  }
}
