import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Change, TransformResult } from '../src/engine/types';
import { allOutputsToExecute, assertAllSound, runAllCase } from './harness/all-checks';
import { runCase, type ApplyFn } from './harness/case-checks';
import { discoverFixtures } from './harness/fixtures';

// Tests of the `all` checks of the fixture harness with fake transforms: each check must be able to fail.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-all-'));
fs.mkdirSync(path.join(root, 'demo'));
fs.writeFileSync(path.join(root, 'demo', 'trap.input.ts'), 'const keep = a.indexOf(b) >= 0;\n');
fs.writeFileSync(path.join(root, 'demo', 'pos.input.ts'), 'const x = a.indexOf(b) !== -1;\n');
fs.writeFileSync(path.join(root, 'demo', 'pos.output.ts'), 'const x = a.includes(b);\n');
const [folder] = discoverFixtures(root);
const trap = folder.cases.find((c) => c.kind === 'trap')!;
const positive = folder.cases.find((c) => c.kind === 'positive')!;

/** A fake registry: `demo` rewrites `!== -1` tests, `other` rewrites `>= 0` tests; `all` runs both. */
function fakeRegistry(rules: Record<string, [RegExp, string]>): ApplyFn {
  return (id, source): TransformResult => {
    const ids = id === 'all' ? Object.keys(rules) : [id];
    let code = source;
    const changes: Change[] = [];
    for (const t of ids) {
      const [pattern, replacement] = rules[t];
      const next = code.replace(pattern, replacement);
      if (next !== code) changes.push({ id: t, transform: t, line: 1, column: 1, safety: 'safe', message: t, assumptions: [] });
      code = next;
    }
    return { code, changed: code !== source, changes, skipped: [], errors: [] };
  };
}

const honest = fakeRegistry({
  demo: [/\.indexOf\((\w+)\) !== -1/, '.includes($1)'],
  other: [/\.indexOf\((\w+)\) >= 0/, '.includes($1)'],
});

test('an honest registry passes; another transform may rewrite a trap, which then needs executing', () => {
  for (const fixture of [trap, positive]) assertAllSound(runAllCase(fixture, honest), honest);
  expect(allOutputsToExecute(runAllCase(trap, honest), runCase(trap, honest)).map((o) => o.code)).toEqual(['const keep = a.includes(b);\n']);
  // The positive's `all` output is its .output text: nothing new to execute.
  expect(allOutputsToExecute(runAllCase(positive, honest), runCase(positive, honest))).toEqual([]);
});

test('the trap\'s own transform firing under all is reported', () => {
  const own = fakeRegistry({ demo: [/\.indexOf\((\w+)\) (>=|!==) (0|-1)/, '.includes($1)'], other: [/^$/, ''] });
  expect(() => assertAllSound(runAllCase(trap, own), own)).toThrow(/a trap of demo, but demo rewrote it under all/);
});

test('an unparsable, erroring or restless all output is reported', () => {
  const broken = fakeRegistry({ demo: [/\.indexOf\((\w+)\) !== -1/, '.includes($1'], other: [/^$/, ''] });
  expect(() => assertAllSound(runAllCase(positive, broken), broken)).toThrow(/does not parse/);
  const erroring: ApplyFn = (id, source, options) => ({ ...honest(id, source, options), errors: [{ line: 1, column: 1, reason: 'other crashed' }] });
  expect(() => assertAllSound(runAllCase(positive, erroring), erroring)).toThrow(/errors reported:\n {2}1:1 other crashed/);
  let n = 0;
  const restless: ApplyFn = (id, source, options) => {
    const result = honest(id, source, options);
    const code = `${result.code}// pass ${++n}\n`;
    return { ...result, code, changed: true, changes: [...result.changes, { id: 'other', transform: 'other', line: 1, column: 1, safety: 'safe', message: 'm', assumptions: [] }] };
  };
  expect(() => assertAllSound(runAllCase(positive, restless), restless)).toThrow(/not idempotent/);
});
