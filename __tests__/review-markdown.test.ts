import { markdownReport, type ReportInput } from '../src/report';
import { annotatedDiff } from '../src/report/annotated-diff';
import { changeDetail } from '../src/report/change-detail';

// The markdown report and the annotated diff at scale: 200 changes stay readable (folded per
// file, within GitHub's comment size) and every change is shown.

function bigRun(): ReportInput {
  const changes: ReportInput['changes'] = [];
  const details: NonNullable<ReportInput['details']> = [];
  const diffs: ReportInput['diffs'] = [];
  for (let f = 0; f < 10; f++) {
    const file = `src/module${f}.ts`;
    const lines = Array.from({ length: 400 }, (_, i) => `export const v${i} = list${i}.includes(x${i}) ? 'a much longer line to make each hunk heavy' : null;`);
    const after = [...lines];
    for (let c = 0; c < 20; c++) {
      const line = c * 20 + 1;
      const id = String(f * 100 + c).padStart(10, "0");
      changes.push({ id, transform: 'nested-loop-to-set', file, line, column: 17, safety: c % 2 ? 'review' : 'safe', message: `list${line - 1}.includes -> a Set`, assumptions: c % 2 ? ['list is an Array'] : [] });
      const alone = [...lines];
      alone[line - 1] = alone[line - 1].replace('.includes(', 'Set.has(');
      after[line - 1] = alone[line - 1];
      details.push(changeDetail(id, file, lines.join('\n') + '\n', alone.join('\n') + '\n'));
    }
    diffs.push({ file, diff: changeDetail('x', file, lines.join('\n') + '\n', after.join('\n') + '\n').diff });
  }
  return {
    transforms: [{ id: 'nested-loop-to-set', title: 'Set', description: 'Builds a Set once.', docs: 'docs/transforms/nested-loop-to-set.md' }],
    safety: 'review', dry: true, filesScanned: 10, filesChanged: 10, filesFailed: 0, changes, skipped: [], errors: [], diffs, details, elapsedMs: 5,
  };
}

test('200 changes: folded per file, within a GitHub comment, each change shown once, what was shortened is said', () => {
  const run = bigRun();
  const md = markdownReport(run);
  expect(md.length).toBeLessThan(65_536);
  expect(md.match(/<summary><code>src\/module\d\.ts<\/code>: 20 rewrites<\/summary>/g)).toHaveLength(10);
  for (const change of run.changes) expect(md.split(change.id)).toHaveLength(2);
  expect(md).toMatch(/_To stay within GitHub's comment size: .*\d+ rewrites shown in one line/);
});

test('a few changes: each in full with its hunk', () => {
  const run = bigRun();
  const few = { ...run, changes: run.changes.slice(0, 3) };
  const md = markdownReport(few);
  expect(md.match(/```diff/g)).toHaveLength(3);
  expect(md).not.toContain('To stay within');
});

test('annotated diff: every change is annotated once in full, each above the hunk that holds it', () => {
  const run = bigRun();
  const out = annotatedDiff(run);
  for (const change of run.changes) {
    const header = `# perf(nested-loop-to-set) [${change.safety}] ${change.file}:${change.line}:17 (id ${change.id})`;
    expect(out.split('\n').filter((line) => line === header)).toHaveLength(1);
    const after = out.slice(out.indexOf(header));
    const hunk = /@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(after)!;
    expect(change.line).toBeGreaterThanOrEqual(Number(hunk[1]));
    expect(change.line).toBeLessThan(Number(hunk[1]) + Number(hunk[2] ?? 1));
  }
});
