import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Change, TransformOptions, TransformResult } from '../src/engine/types';
import {
  assertChangeRecords, assertExpectedOutput, assertIdempotent, assertUntypedNoBolder, runCase, type ApplyFn,
} from './harness/case-checks';
import { argumentsArbitrary, parseCheckLines, type CheckLine } from './harness/check-lines';
import { compareValues, indexInputs } from './harness/equivalence';
import { discoverFixtures, layoutProblems } from './harness/fixtures';
import { g } from './harness/generators';
import { compileModule } from './harness/module-loader';
import { assertEquivalent } from './harness/property';

// Tests of the fixture harness itself: each check must be able to fail.

function checkOf(text: string): CheckLine {
  const [check] = parseCheckLines(`// @perfmod-check ${text}`);
  return check;
}

async function equivalence(beforeSource: string, afterSource: string, check: string, numRuns = 200): Promise<void> {
  await assertEquivalent({
    before: compileModule(beforeSource, 'before.ts'),
    after: compileModule(afterSource, 'after.ts'),
    check: checkOf(check),
    numRuns,
  });
}

describe('@perfmod-check parser', () => {
  test('reads name and generator expressions, with nested calls and commas', () => {
    const checks = parseCheckLines([
      'export function f() {}',
      '// @perfmod-check intersect(g.array(g.key()), g.array(g.key(), 3))',
      '   //   @perfmod-check   lookup(g.array(g.record({ id: g.key(), n: g.int() })), g.key())  ',
      '// an ordinary comment',
    ].join('\r\n'));
    expect(checks).toEqual([
      { line: 2, fn: 'intersect', argsSource: 'g.array(g.key()), g.array(g.key(), 3)', text: 'intersect(g.array(g.key()), g.array(g.key(), 3))' },
      { line: 3, fn: 'lookup', argsSource: 'g.array(g.record({ id: g.key(), n: g.int() })), g.key()', text: 'lookup(g.array(g.record({ id: g.key(), n: g.int() })), g.key())' },
    ]);
  });

  test('a malformed or trailing marker is an error, not a silently dropped check', () => {
    expect(() => parseCheckLines('// @perfmod-check intersect g.array(g.key())')).toThrow(/line 1: expected/);
    expect(() => parseCheckLines('\n// @perfmod-check (g.int())')).toThrow(/line 2/);
    expect(() => parseCheckLines('f(); // @perfmod-check f(g.int())')).toThrow(/own line comment/);
  });

  test('generator expressions are evaluated with g; a non-generator argument is rejected', () => {
    const values = fc.sample(argumentsArbitrary(checkOf('f(g.int(), g.constant("x"))')), 20);
    for (const [n, x] of values as [number, string][]) {
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
      expect(x).toBe('x');
    }
    expect(() => argumentsArbitrary(checkOf('f(g.int(), 42)'))).toThrow(/argument 2 .* not a generator/);
    expect(() => argumentsArbitrary(checkOf('f(g.nope())'))).toThrow(/cannot evaluate/);
    expect(fc.sample(argumentsArbitrary(checkOf('f()')), 1)).toEqual([[]]);
  });
});

describe('generator kit', () => {
  test('g.num() draws NaN, -0 and infinities often; g.key() repeats; g.array() can be empty', () => {
    const nums = fc.sample(g.num(), { numRuns: 300, seed: 1 });
    expect(nums.some(Number.isNaN)).toBe(true);
    expect(nums.some((x) => Object.is(x, -0))).toBe(true);
    expect(nums).toContain(Infinity);
    expect(nums).toContain(-Infinity);
    const keyArrays = fc.sample(g.array(g.key()), { numRuns: 200, seed: 2 });
    expect(keyArrays.some((a) => a.length === 0)).toBe(true);
    expect(keyArrays.some((a) => new Set(a).size < a.length)).toBe(true);
    expect(keyArrays.flat()).toEqual(expect.arrayContaining([1, '1']));
  });

  test('g.uniqueArray() has no duplicate keys', () => {
    for (const users of fc.sample(g.uniqueArray(g.record({ id: g.key() }), { by: 'id' }), { numRuns: 100, seed: 3 })) {
      expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    }
  });
});

describe('deep equality', () => {
  test('NaN equals NaN, -0 differs from +0, key order and Map/Set order matter', () => {
    expect(compareValues([NaN, { a: 1 }], [NaN, { a: 1 }])).toBeNull();
    expect(compareValues([-0], [0])).toMatch(/value\[0\]: -0 vs 0/);
    expect(compareValues({ a: 1, b: 2 }, { b: 2, a: 1 })).toMatch(/keys/);
    expect(compareValues({ a: undefined }, {})).toMatch(/keys/);
    expect(compareValues(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]))).toMatch(/keys\(\)\[0\]/);
    expect(compareValues(new Set([1, 2]), new Set([1, 2]))).toBeNull();
    expect(compareValues(new Set([1, 2]), new Set([2, 1]))).not.toBeNull();
    expect(compareValues([1, , 3], [1, undefined, 3])).toMatch(/hole/); // eslint-disable-line no-sparse-arrays
    expect(compareValues(new Map([['1', 1]]), new Map([[1, 1]]))).not.toBeNull();
    expect(compareValues(Object.create(null), {})).toMatch(/prototype/);
  });

  test('sharing must match: [x, x] is not [x, copy of x]', () => {
    const x = { id: 1 };
    expect(compareValues([x, x], [{ id: 1 }, { id: 1 }])).toMatch(/shared differently/);
  });

  test('an input object must be the input object at the same path on the other side', () => {
    const left = [[{ id: 1 }, { id: 1 }]];
    const right = structuredClone(left);
    const identity = { left: indexInputs(left), right: indexInputs(right) };
    expect(compareValues(left[0][0], right[0][0], 'result', identity)).toBeNull();
    expect(compareValues(left[0][0], right[0][1], 'result', identity)).toMatch(/args\[0\]\[0\].*args\[0\]\[1\]/);
    expect(compareValues(left[0][0], { id: 1 }, 'result', identity)).toMatch(/after gives a new object/);
  });
});

describe('executed equivalence', () => {
  const intersect = 'export function intersect(a: number[], b: number[]) { return a.filter((x) => b.includes(x)); }';

  test('identical modules pass', async () => {
    await expect(equivalence(intersect, intersect, 'intersect(g.array(g.num()), g.array(g.num()))')).resolves.toBeUndefined();
  });

  test('a rewrite that differs only on NaN is reported', async () => {
    const indexOf = 'export function intersect(a: number[], b: number[]) { return a.filter((x) => b.indexOf(x) !== -1); }';
    await expect(equivalence(intersect, indexOf, 'intersect(g.array(g.num()), g.array(g.num()))'))
      .rejects.toThrow(/seed -?\d+[\s\S]*not equivalent: result: array of length 1 vs 0 \(\[Number\.NaN\] vs \[\]\)[\s\S]*Counterexample: \[\[\[Number\.NaN\],\[Number\.NaN\]\]\]/);
    // ...and is accepted when the generators state the no-NaN assumption.
    await expect(equivalence(intersect, indexOf, 'intersect(g.array(g.int()), g.array(g.int()))')).resolves.toBeUndefined();
  });

  test('a rewrite that changes the order or count of duplicates is reported', async () => {
    const deduped = 'export function intersect(a: number[], b: number[]) { const s = new Set(b); return [...new Set(a)].filter((x) => s.has(x)); }';
    await expect(equivalence(intersect, deduped, 'intersect(g.array(g.int()), g.array(g.int()))')).rejects.toThrow(/not equivalent/);
    const fromB = 'export function intersect(a: number[], b: number[]) { const s = new Set(a); return b.filter((x) => s.has(x)); }';
    await expect(equivalence(intersect, fromB, 'intersect(g.array(g.int()), g.array(g.int()))')).rejects.toThrow(/not equivalent/);
  });

  test('returning a copy instead of the input object is reported', async () => {
    const find = 'export function byId(users: {id: unknown}[], id: unknown) { return users.find((u) => u.id === id); }';
    const copy = 'export function byId(users: {id: unknown}[], id: unknown) { const u = users.find((u) => u.id === id); return u && { ...u }; }';
    const check = 'byId(g.array(g.record({ id: g.key() })), g.key())';
    await expect(equivalence(find, copy, check)).rejects.toThrow(/before gives the input object args\[0\]\[\d+\], after gives a new object/);
    // Returning the last match instead of the first is an identity difference too (same shape, other object).
    const last = 'export function byId(users: {id: unknown}[], id: unknown) { return users.findLast((u) => u.id === id); }';
    await expect(equivalence(find, last, check)).rejects.toThrow(/input object args\[0\]\[\d+\], after gives the input object args\[0\]\[\d+\]/);
    await expect(equivalence(find, find, check)).resolves.toBeUndefined();
  });

  test('a different thrown error (type or message) is reported; the same error passes', async () => {
    const typeError = 'export function f(n: number) { if (n > 0) throw new TypeError("bad " + n); return n; }';
    const plainError = 'export function f(n: number) { if (n > 0) throw new Error("bad " + n); return n; }';
    const otherMessage = 'export function f(n: number) { if (n > 0) throw new TypeError("Bad " + n); return n; }';
    const noThrow = 'export function f(n: number) { return n; }';
    await expect(equivalence(typeError, plainError, 'f(g.int())')).rejects.toThrow(/threw TypeError: bad \d; after threw Error: bad \d/);
    await expect(equivalence(typeError, otherMessage, 'f(g.int())')).rejects.toThrow(/not equivalent/);
    await expect(equivalence(typeError, noThrow, 'f(g.int())')).rejects.toThrow(/before threw TypeError.*after returned/);
    await expect(equivalence(typeError, typeError, 'f(g.int())')).resolves.toBeUndefined();
  });

  test('-0 vs +0, a mutated argument, and a rejected promise are reported', async () => {
    await expect(equivalence('export const f = (x: number) => x;', 'export const f = (x: number) => x + 0;', 'f(g.num())'))
      .rejects.toThrow(/-0 vs 0/);
    const sorted = 'export function f(a: number[]) { return [...a].sort()[0]; }';
    const sortsInput = 'export function f(a: number[]) { return a.sort()[0]; }';
    await expect(equivalence(sorted, sortsInput, 'f(g.array(g.int()))')).rejects.toThrow(/args \(after the call\)/);
    const resolves = 'export async function f(n: number) { return n; }';
    const rejects = 'export async function f(n: number) { if (n === 2) throw new RangeError("two"); return n; }';
    await expect(equivalence(resolves, rejects, 'f(g.int())')).rejects.toThrow(/after threw RangeError: two/);
  });

  test('module state is fresh for every run', async () => {
    const counter = 'let calls = 0; export function f(n: number) { calls++; return calls; }';
    await expect(equivalence(counter, counter, 'f(g.int())')).resolves.toBeUndefined();
    const seen = 'const seen = new Set(); export function f(n: number) { const had = seen.has(n); seen.add(n); return had; }';
    await expect(equivalence(seen, 'export function f(n: number) { return false; }', 'f(g.int())')).resolves.toBeUndefined();
  });

  test.each(['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts'])('a .%s module compiles and runs', (ext) => {
    const typed = ext.includes('t') ? ': number' : '';
    const { f } = compileModule(`export function f(n${typed}) { return n + 1; }\n`, `m.${ext}`).instantiate();
    expect((f as (n: number) => number)(1)).toBe(2);
  });

  test('a missing export is reported plainly', async () => {
    await expect(equivalence(intersect, 'export function other() {}', 'intersect(g.array(g.int()), g.array(g.int()))'))
      .rejects.toThrow(/after.ts: no exported function 'intersect'/);
  });
});

// A temporary fixture tree for the layout and per-case checks.
function tempFixtures(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-fixtures-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('fixture layout', () => {
  test('a complete tree has no problems', () => {
    const root = tempFixtures({
      'demo/keeps.input.ts': 'export const x = 1;\n',
      'demo/rewrites.input.ts': '// @perfmod-check f(g.int())\nexport const f = (n: number) => n;\n',
      'demo/rewrites.output.ts': '// @perfmod-check f(g.int())\nexport const f = (n: number) => n;\n',
      'demo/notes.md': 'not a fixture',
    });
    const folders = discoverFixtures(root);
    expect(folders.map((f) => f.cases.map((c) => `${c.name}:${c.kind}`))).toEqual([['keeps:trap', 'rewrites:positive']]);
    expect(layoutProblems(root, folders, ['demo'])).toEqual([]);
  });

  test('missing folder, no trap, no positive, orphan output, no check line, unknown folder: all reported', () => {
    const root = tempFixtures({
      'only-positive/a.input.ts': 'export const x = 1;\n',
      'only-positive/a.output.ts': 'export const x = 2;\n',
      'only-positive/b.output.js': 'export const y = 2;\n',
      'only-trap/t.input.js': 'export const x = 1;\n',
      'bad-check/p.input.ts': '// @perfmod-check broken\n',
      'bad-check/p.output.ts': '',
    });
    const problems = layoutProblems(root, discoverFixtures(root), ['only-positive', 'only-trap', 'bad-check', 'absent']);
    const text = problems.join('\n');
    expect(text).toMatch(/'absent' has no fixture folder/);
    expect(text).toMatch(/only-positive: no trap/);
    expect(text).toMatch(/only-trap: no positive case/);
    expect(text).toMatch(/b\.output\.js: output without an \.input/);
    expect(text).toMatch(/a\.input\.ts: positive case without a @perfmod-check line/);
    expect(text).toMatch(/p\.input\.ts: line 1: expected/);
    expect(layoutProblems(root, discoverFixtures(root), ['only-trap']).join('\n')).toMatch(/no registered transform 'only-positive'/);
  });
});

describe('per-case checks', () => {
  const root = tempFixtures({
    'demo/trap.input.ts': 'const keep = a.indexOf(b) >= 0;\n',
    'demo/pos.input.ts': 'const x = a.indexOf(b) !== -1;\n',
    'demo/pos.output.ts': 'const x = a.includes(b);\n',
  });
  const [folder] = discoverFixtures(root);
  const trap = folder.cases.find((c) => c.kind === 'trap')!;
  const positive = folder.cases.find((c) => c.kind === 'positive')!;

  /** A fake transform on text: rewrites `.indexOf(y) !== -1` to `.includes(y)`. */
  function fakeApply(decide: (options: TransformOptions) => Pick<Change, 'safety' | 'assumptions'> | null, rewrite = (s: string) =>
    s.replace(/\.indexOf\((\w+)\) !== -1/g, '.includes($1)')): ApplyFn {
    return (id, source, options): TransformResult => {
      const code = rewrite(source);
      const decision = decide(options);
      const changed = code !== source && decision !== null;
      const changes: Change[] = changed
        ? [{ id: 'c1', transform: id, line: 1, column: 11, message: 'indexOf -> includes', ...decision! }]
        : [];
      return { code: changed ? code : source, changed, changes, skipped: [], errors: [] };
    };
  }
  const honest = fakeApply((o) => (o.types === false ? { safety: 'review', assumptions: ['no NaN'] } : { safety: 'safe', assumptions: [] }));

  test('an honest transform passes every check', () => {
    for (const fixture of [trap, positive]) {
      const run = runCase(fixture, honest);
      assertExpectedOutput(run);
      assertChangeRecords(run);
      assertIdempotent(fixture, run.typed.code, {}, honest, 'types on');
      assertUntypedNoBolder(run, honest);
    }
  });

  test('a wrong output is reported with a diff', () => {
    const wrong = fakeApply(() => ({ safety: 'safe', assumptions: [] }), (s) => s.replace('indexOf(b) !== -1', 'includes(b )'));
    expect(() => assertExpectedOutput(runCase(positive, wrong))).toThrow(/-const x = a\.includes\(b\);\n\+const x = a\.includes\(b \);/);
  });

  test('a rewritten trap is reported', () => {
    const eager = fakeApply(() => ({ safety: 'safe', assumptions: [] }), (s) => s.replace(/indexOf\(b\) (>=|!==) (0|-1)/, 'includes(b)'));
    expect(() => assertExpectedOutput(runCase(trap, eager))).toThrow(/is a trap but was rewritten/);
    expect(() => assertUntypedNoBolder(runCase(trap, eager), eager)).toThrow(/trap but was rewritten with types off/);
  });

  test('review without assumptions, safe with assumptions, and a positive without Change are reported', () => {
    expect(() => assertChangeRecords(runCase(positive, fakeApply(() => ({ safety: 'review', assumptions: [] })))))
      .toThrow(/review Change without assumptions/);
    expect(() => assertChangeRecords(runCase(positive, fakeApply(() => ({ safety: 'safe', assumptions: ['x'] })))))
      .toThrow(/safe Change with assumptions/);
    expect(() => assertChangeRecords(runCase(positive, fakeApply(() => null)))).toThrow(/at least one Change/);
  });

  test('a transform that keeps rewriting its own output is reported', () => {
    let n = 0;
    const restless: ApplyFn = (id, source) => {
      const code = `${source}// pass ${++n}\n`;
      return { code, changed: true, changes: [{ id: 'c1', transform: id, line: 1, column: 1, safety: 'safe', message: 'm', assumptions: [] }], skipped: [], errors: [] };
    };
    expect(() => assertIdempotent(positive, 'const x = 1;\n', {}, restless, 'types on')).toThrow(/not idempotent/);
  });

  test('being safe without types where typed is review is reported as bolder', () => {
    const bolder = fakeApply((o) => (o.types === false ? { safety: 'safe', assumptions: [] } : { safety: 'review', assumptions: ['no NaN'] }));
    expect(() => assertUntypedNoBolder(runCase(positive, bolder), bolder)).toThrow(/more aggressive without types/);
  });

  test('an unparsable untyped output is reported', () => {
    const broken = fakeApply(() => ({ safety: 'review', assumptions: ['a'] }), (s) => s.replace('indexOf(b) !== -1', 'includes(b'));
    expect(() => assertUntypedNoBolder(runCase(positive, broken), broken)).toThrow(/does not parse/);
  });
});
