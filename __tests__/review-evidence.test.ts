import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { jsonReport, markdownReport, type ReportInput } from '../src/report';
import { annotatedDiff } from '../src/report/annotated-diff';
import { recordedGain } from '../src/report/evidence';

// Where a gain comes from: measured on the user's command per change (--measure-each, in the
// run's workflow records) wins over the transform's recorded benchmark, and every report says which.

const diff = '--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,3 +1,3 @@\n a\n-b.includes(x)\n+bSet.has(x)\n c\n';
function run(): ReportInput & { workflow: unknown } {
  return {
    transforms: [{ id: 'nested-loop-to-set', title: 'Set', description: 'Builds a Set once.', docs: 'docs/transforms/nested-loop-to-set.md' }],
    safety: 'review', dry: true, filesScanned: 1, filesChanged: 1, filesFailed: 0, skipped: [], errors: [], elapsedMs: 3,
    changes: [
      { id: 'aaaaaaaaaa', transform: 'nested-loop-to-set', file: 'src/a.ts', line: 2, column: 1, safety: 'safe', message: 'b.includes -> a Set', assumptions: [], profile: { share: 0.42, samples: 420 }, verify: 'verified' },
      { id: 'bbbbbbbbbb', transform: 'nested-loop-to-set', file: 'src/a.ts', line: 2, column: 9, safety: 'safe', message: 'c.includes -> a Set', assumptions: [], verify: 'reverted', reverted: 'the command failed: 1 test' },
    ],
    diffs: [{ file: 'src/a.ts', diff }],
    workflow: {
      measure: { command: 'npm test', runs: 5, beforeMs: [10, 11], afterMs: [5, 6], speedup: 1.9, minSpeedup: 1.1, reverted: 0,
        each: [{ id: 'aaaaaaaaaa', beforeMs: [10], afterMs: [4], speedup: 2.5, kept: true }] },
    },
  };
}

test('recorded benchmark: the range over cases at the size closest to n = 1000', () => {
  const rows = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'bench', 'results', 'nested-loop-to-set.json'), 'utf8')) as { n: number; m?: number; speedup: number | null }[];
  const at1000 = rows.filter((r) => r.n === 1000 && r.m === undefined && r.speedup !== null).map((r) => r.speedup as number);
  expect(recordedGain('nested-loop-to-set')).toEqual({ source: 'benchmark', min: Math.min(...at1000), max: Math.max(...at1000), n: 1000, cases: at1000.length, file: 'bench/results/nested-loop-to-set.json' });
  expect(recordedGain('no-such-transform')).toBeNull();
});

test('a change measured alone is reported as measured, the other with the benchmark, in every format', () => {
  const report = JSON.parse(jsonReport(run()));
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'docs', 'report-schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The workflow records are spread at the top level of the JSON report.
  const withWorkflow = { ...report, ...(run().workflow as object) };
  expect(ajv.validate(schema, withWorkflow)).toBe(true);
  expect(report.changes[0].gain).toEqual({ source: 'measured', min: 2.5, max: 2.5 });
  expect(report.changes[1].gain.source).toBe('benchmark');

  const dry = annotatedDiff(run());
  expect(dry).toContain('#   profile: 42.0% of samples (420 samples)');
  expect(dry).toContain('#   verify: the command passed with this change');
  expect(dry).toContain('#   gain: 2.5× measured alone on your command (--measure-each)');
  expect(dry).toContain('#   reverted: the command failed: 1 test');

  const md = markdownReport(run());
  expect(md).toContain('Measured with `--measure` (`npm test`, 5 runs): 1.9× for all changes together.');
  expect(md).toContain('· 2.5× (measured)</summary>');
  expect(md).toContain('(benchmark)</summary>');
  expect(md).toContain('- **Reverted:** the command failed: 1 test');
});
