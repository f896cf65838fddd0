import { jsonReport, markdownReport, renderReport, sarifReport, textReport, unifiedDiff, type ReportInput } from '../src/report';

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    transforms: [
      { id: 'nested-loop-to-set', title: 'Membership tests -> a Set', description: 'Builds a Set once.', docs: 'docs/transforms/nested-loop-to-set.md' },
      { id: 'array-lookup-to-map', title: 'Lookups -> a Map', description: 'Builds a Map once.', docs: 'docs/transforms/array-lookup-to-map.md' },
    ],
    safety: 'review',
    dry: false,
    filesScanned: 3,
    filesChanged: 1,
    filesFailed: 1,
    changes: [
      {
        id: '1a2b3c4d5e', transform: 'nested-loop-to-set', file: 'src/a.ts', line: 3, column: 10, safety: 'safe',
        message: 'b.includes inside a.filter -> a Set built once', assumptions: [], complexity: { before: 'O(n·m)', after: 'O(n+m)' },
      },
      {
        id: '6f7a8b9c0d', transform: 'array-lookup-to-map', file: 'src/a.ts', line: 9, column: 5, safety: 'review',
        message: 'users.find per order -> a Map by id', assumptions: ['users is not changed | while the Map lives', 'ids are unique'],
      },
    ],
    skipped: [{ transform: 'nested-loop-to-set', file: 'src/b.ts', line: 4, column: 2, reason: 'b may be a string' }],
    errors: [{ file: 'src/broken.ts', line: 2, column: 7, reason: 'parse error: Unexpected token' }],
    diffs: [{ file: 'src/a.ts', diff: '--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1 +1 @@\n-x\n+y\n' }],
    elapsedMs: 1234,
    ...overrides,
  };
}

describe('unifiedDiff', () => {
  test('a/ and b/ paths, no index separator, empty when unchanged', () => {
    expect(unifiedDiff('src/x.ts', 'a\nb\nc\n', 'a\nB\nc\n')).toBe('--- a/src/x.ts\n+++ b/src/x.ts\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
    expect(unifiedDiff('src/x.ts', 'same\n', 'same\n')).toBe('');
  });
});

describe('text report', () => {
  test('one line per change with assumptions, errors and a summary', () => {
    const text = textReport(input());
    expect(text.split('\n')).toEqual([
      'src/a.ts:3:10: [safe] nested-loop-to-set: b.includes inside a.filter -> a Set built once (O(n·m) -> O(n+m)) (id 1a2b3c4d5e)',
      'src/a.ts:9:5: [review] array-lookup-to-map: users.find per order -> a Map by id (id 6f7a8b9c0d)',
      '    assumes: users is not changed | while the Map lives',
      '    assumes: ids are unique',
      'src/broken.ts:2:7: [error] parse error: Unexpected token',
      '2 rewrites (rewrote) in 1 of 3 files; 1 failed; nested-loop-to-set 1 safe / 0 review, array-lookup-to-map 0 safe / 1 review',
      '',
    ]);
  });

  test('explain adds skipped candidates; compact drops errors and summary; diffs on request', () => {
    const text = textReport(input(), { explain: true, compact: true, includeDiffs: true });
    expect(text).toContain('src/b.ts:4:2: [skipped] nested-loop-to-set: b may be a string');
    expect(text).not.toContain('[error]');
    expect(text).not.toContain('rewrites (');
    expect(text).toContain('+++ b/src/a.ts');
    expect(textReport(input({ changes: [], errors: [] }), { compact: true })).toBe('');
  });
});

describe('json report', () => {
  test('parses and carries records and summary; skipped only with explain', () => {
    const plain = JSON.parse(jsonReport(input(), { version: '1.2.3' }));
    expect(plain.format).toBe('perfmod-report');
    expect(plain.tool).toEqual({ name: 'perfmod', version: '1.2.3' });
    expect(plain.summary).toEqual({
      transforms: ['nested-loop-to-set', 'array-lookup-to-map'],
      safety: 'review',
      dry: false,
      filesScanned: 3,
      filesChanged: 1,
      filesFailed: 1,
      rewrites: [
        { id: 'nested-loop-to-set', safe: 1, review: 0 },
        { id: 'array-lookup-to-map', safe: 0, review: 1 },
      ],
      elapsedMs: 1234,
    });
    expect(plain.changes).toEqual(input().changes);
    expect(plain.errors).toEqual(input().errors);
    expect(plain.skipped).toBeUndefined();
    expect(plain.diffs).toBeUndefined();
    const explained = JSON.parse(jsonReport(input(), { explain: true, includeDiffs: true }));
    expect(explained.skipped).toEqual(input().skipped);
    expect(explained.diffs).toEqual(input().diffs);
  });
});

describe('markdown report', () => {
  test('tables with escaped cells, skipped with explain, errors and fenced diffs', () => {
    const md = markdownReport(input({ dry: true }), { explain: true, includeDiffs: true });
    expect(md).toContain('Dry run: nothing was written.');
    expect(md).toContain('| `nested-loop-to-set` | 1 | 0 |');
    expect(md).toContain('users is not changed \\| while the Map lives; ids are unique');
    expect(md).toContain('## Not rewritten');
    expect(md).toContain('- `src/broken.ts:2:7`: parse error: Unexpected token');
    expect(md).toContain('```diff\n--- a/src/a.ts');
    expect(markdownReport(input())).not.toContain('## Not rewritten');
  });
});

describe('sarif report', () => {
  test('minimal valid SARIF 2.1.0: rules per transform, levels by safety, locations, assumptions', () => {
    const log = JSON.parse(sarifReport(input(), { version: '1.2.3' }));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('perfmod');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['nested-loop-to-set', 'array-lookup-to-map']);
    for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text).toEqual(expect.any(String));
    expect(run.results).toHaveLength(2);
    const [safe, review] = run.results;
    expect(safe).toMatchObject({
      ruleId: 'nested-loop-to-set',
      ruleIndex: 0,
      level: 'note',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts', uriBaseId: 'SRCROOT' }, region: { startLine: 3, startColumn: 10 } } }],
      properties: { safety: 'safe', assumptions: [], complexity: { before: 'O(n·m)', after: 'O(n+m)' } },
    });
    expect(review).toMatchObject({ ruleId: 'array-lookup-to-map', ruleIndex: 1, level: 'warning', properties: { safety: 'review' } });
    expect(review.properties.assumptions).toEqual(['users is not changed | while the Map lives', 'ids are unique']);
    expect(review.message.text).toContain('ids are unique');
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      message: { text: 'parse error: Unexpected token' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/broken.ts' }, region: { startLine: 2, startColumn: 7 } } }],
    });
  });

  test('explain adds informational results; positions below 1 get no region; paths are URI-encoded', () => {
    const log = JSON.parse(
      sarifReport(input({ errors: [{ file: 'src/my file.ts', line: 0, column: 0, reason: 'crashed' }] }), { explain: true }),
    );
    const [run] = log.runs;
    expect(run.results[2]).toMatchObject({ ruleId: 'nested-loop-to-set', kind: 'informational', level: 'none' });
    const location = run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation;
    expect(location).toEqual({ artifactLocation: { uri: 'src/my%20file.ts', uriBaseId: 'SRCROOT' } });
  });
});

test('renderReport dispatches by format', () => {
  expect(renderReport('text', input())).toBe(textReport(input()));
  expect(renderReport('json', input())).toBe(jsonReport(input()));
  expect(renderReport('markdown', input())).toBe(markdownReport(input()));
  expect(renderReport('sarif', input())).toBe(sarifReport(input()));
});
