import { applyTransform } from '../src/engine/registry';
import type { TransformOptions } from '../src/engine/types';
import { minLiteralSize } from '../src/analysis/lookup-index';

const MIN_LITERAL_SIZE = minLiteralSize('membership');

const ID = 'nested-loop-to-set';
const run = (source: string, options: TransformOptions = {}) => applyTransform(ID, source, { filePath: 'case.ts', ...options });

const UNTYPED = `export function f(a, b) {
  return a.filter((x) => b.includes(x));
}
`;
const TYPED_STRINGS = `export function f(a: string[], b: string[]) {
  return a.filter((x) => b.indexOf(x) !== -1);
}
`;
const TYPED_NUMBERS = `export function f(a: number[], b: number[]) {
  return a.filter((x) => b.indexOf(x) !== -1);
}
`;

describe('nested-loop-to-set decisions', () => {
  test('an untyped collection is a review rewrite that states the Array assumption', () => {
    const r = run(UNTYPED, { filePath: 'case.js' });
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].safety).toBe('review');
    expect(r.changes[0].assumptions).toEqual([
      expect.stringMatching(/^b is an Array/),
      expect.stringMatching(/^a is an Array, so a\.filter\(…\) runs its callback immediately/),
    ]);
    expect(r.changes[0].complexity).toMatchObject({ before: 'O(n·m)', after: 'O(n+m)', pays: expect.stringContaining('once per call') });
    expect(r.changes[0].message).toMatch(/^Replaced b\.includes\(…\) with bSet\.has\(…\), a Set built once before the loop\.$/);
  });

  test('--safety safe drops review rewrites and explains why', () => {
    const r = run(UNTYPED, { filePath: 'case.js', safety: 'safe' });
    expect(r.changed).toBe(false);
    expect(r.code).toBe(UNTYPED);
    expect(r.skipped).toEqual([expect.objectContaining({ reason: expect.stringMatching(/needs review.*b is an Array/) })]);
  });

  test('indexOf over string[] is safe; over number[] too, the Set leaving NaN out', () => {
    expect(run(TYPED_STRINGS).changes.map((c) => c.safety)).toEqual(['safe']);
    expect(run(TYPED_STRINGS).code).not.toContain('delete(NaN)');
    const numbers = run(TYPED_NUMBERS);
    expect(numbers.changes.map((c) => c.safety)).toEqual(['safe']);
    expect(numbers.code).toContain('bSet.delete(NaN);');
  });

  test('includes over number[] is safe: includes and Set agree on NaN', () => {
    const source = 'export const f = (a: number[], b: number[]) => a.filter((x) => b.includes(x));\n';
    expect(run(source).changes.map((c) => c.safety)).toEqual(['safe']);
  });

  test('with types off, a typed file falls back to syntax: the annotation still proves the Array', () => {
    const typedOff = run(TYPED_STRINGS, { types: false });
    expect(typedOff.changes.map((c) => c.safety)).toEqual(['safe']);
    // A named element type cannot be checked without types: NaN becomes an assumption.
    const aliased = 'type Id = string;\nexport const f = (a: Id[], b: Id[]) => a.filter((x) => b.indexOf(x) >= 0);\n';
    expect(run(aliased).changes.map((c) => c.safety)).toEqual(['safe']);
    // Without types a named element type may be number; in TypeScript \`bSet.delete(NaN)\` might not
    // type-check (Set<Id>), so NaN stays an assumption there.
    expect(run(aliased, { types: false }).changes.map((c) => c.safety)).toEqual(['review']);
    expect(run(aliased, { types: false }).changes[0].assumptions).toEqual([expect.stringMatching(/NaN/)]);
    expect(run(aliased, { types: false }).code).not.toContain('delete(NaN)');
  });

  test('a string receiver is never rewritten, with or without types', () => {
    const source = 'export function f(words: string[], text: string) {\n  return words.filter((w) => text.includes(w));\n}\n';
    for (const types of [true, false]) {
      const r = run(source, { types });
      expect(r.changed).toBe(false);
      expect(r.skipped[0].reason).toMatch(/string/);
    }
  });

  test(`literal collections below ${MIN_LITERAL_SIZE} elements are left alone; at ${MIN_LITERAL_SIZE} they are rewritten`, () => {
    const literal = (n: number) => `[${Array.from({ length: n }, (_, i) => `'v${i}'`).join(', ')}]`;
    const source = (n: number) => `/** @param {string[]} a */\nexport const f = (a) => a.filter((x) => ${literal(n)}.includes(x));\n`;
    const small = run(source(MIN_LITERAL_SIZE - 1), { filePath: 'case.js' });
    expect(small.changed).toBe(false);
    expect(small.skipped[0].reason).toMatch(/linear scan is as fast/);
    const large = run(source(MIN_LITERAL_SIZE), { filePath: 'case.js' });
    expect(large.changes.map((c) => c.safety)).toEqual(['safe']);
    expect(large.code).toContain(`const knownValueSet = new Set(${literal(MIN_LITERAL_SIZE)});`);
  });

  test('several scans of one collection in one statement share one Set', () => {
    const source = `export function f(a, b) {
  return a.map((x) => [b.includes(x), !b.includes(x)]);
}
`;
    const r = run(source, { filePath: 'case.js' });
    expect(r.changes).toHaveLength(2);
    expect(r.code.match(/new Set/g)).toHaveLength(1);
    expect(r.code).toContain('[bSet.has(x), !bSet.has(x)]');
  });

  test('the Set goes before the loop even in an else branch without braces, and the output is idempotent', () => {
    const source = `export function f(flag, a, b) {
  if (flag) return [];
  else return a.filter((x) => b.includes(x));
}
`;
    const r = run(source, { filePath: 'case.js' });
    expect(r.code).toContain('else {\n    const bSet = new Set(b);\n    return a.filter((x) => bSet.has(x));\n  }');
    const again = run(r.code, { filePath: 'case.js' });
    expect(again.changed).toBe(false);
  });

  test('a labelled outer loop gets the Set before its label', () => {
    const source = `export function f(a, b) {
  const out = [];
  outer: for (const x of a) {
    if (b.includes(x)) { out.push(x); continue outer; }
  }
  return out;
}
`;
    const r = run(source, { filePath: 'case.js' });
    expect(r.code).toMatch(/const bSet = new Set\(b\);\n {2}outer: for/);
  });

  test('hoists past loops the collection does not depend on', () => {
    const source = `export function f(rows, b) {
  let n = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (b.includes(cell)) n++;
    }
  }
  return n;
}
`;
    const r = run(source, { filePath: 'case.js' });
    expect(r.code).toMatch(/let n = 0;\n {2}const bSet = new Set\(b\);\n {2}for \(const row of rows\)/);
  });

  test('a collection mutated anywhere in the statement, or aliased via unknown calls, is handled', () => {
    const mutated = 'export function f(a, b) {\n  return a.filter((x) => { b.push(x); return b.includes(x); });\n}\n';
    const r1 = run(mutated, { filePath: 'case.js' });
    expect(r1.changed).toBe(false);
    expect(r1.skipped[0].reason).toMatch(/b\.push/);
    const unknownCall = 'export function f(a: string[], b: string[], log: (x: string) => void) {\n  return a.filter((x) => { log(x); return b.includes(x); });\n}\n';
    const r2 = run(unknownCall);
    expect(r2.changes.map((c) => c.safety)).toEqual(['review']);
    expect(r2.changes[0].assumptions.join(' ')).toMatch(/log\(\).*do not modify b/);
  });

  test('nested loops without break are explained, not rewritten', () => {
    const source = 'export function f(a, b) {\n  const out = [];\n  for (const x of a) for (const y of b) if (x === y) out.push(x);\n  return out;\n}\n';
    const r = run(source, { filePath: 'case.js' });
    expect(r.changed).toBe(false);
    expect(r.skipped[0].reason).toMatch(/once per matching duplicate/);
  });

  test('a single membership test outside any loop is not a candidate', () => {
    const r = run('export const f = (b, x) => b.includes(x);\n', { filePath: 'case.js' });
    expect(r.changed).toBe(false);
    expect(r.skipped).toEqual([]);
  });

  test('a key scan over typed objects with a number key leaves NaN out of the Set: safe', () => {
    const source = 'interface P { id: number }\nexport const f = (a: P[], b: P[]) => a.filter((x) => b.some((y) => y.id === x.id));\n';
    const r = run(source);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].safety).toBe('safe');
    expect(r.code).toContain('const bIdSet = new Set(b.map((y) => y.id));\n  bIdSet.delete(NaN);');
  });
});

describe('JavaScript parameters typed only by their default value', () => {
  test('a default value is no proof: any caller may pass a string or NaN', () => {
    const source = `export function common(wanted = ['a'], known = ['b']) {
  for (const w of wanted) {
    for (const k of known) {
      if (w === k) return true;
    }
  }
  return false;
}
export const without = (items, exclude = []) => Object.keys(items).filter((x) => !exclude.includes(x));
`;
    const r = run(source, { filePath: 'case.js' });
    expect(r.changes.map((c) => c.safety)).toEqual(['review', 'review']);
    expect(r.changes[0].assumptions).toEqual([expect.stringMatching(/^known is an Array/)]);
    expect(r.changes[1].assumptions).toEqual([expect.stringMatching(/^exclude is an Array/)]);
    // JSDoc declares the type: then it is proof.
    const documented = run(`/** @param {string[]} exclude */\nexport const without = (items, exclude = []) => Object.keys(items).filter((x) => !exclude.includes(x));\n`, { filePath: 'case.js' });
    expect(documented.changes.map((c) => c.safety)).toEqual(['safe']);
  });
});

test('a literal the loop fills itself (a dedupe) is skipped for its change, not for its size', () => {
  const source = 'export function uniq(xs) {\n  const seen = [];\n  xs.forEach((x) => {\n    if (seen.indexOf(x) === -1) seen.push(x);\n  });\n  return seen;\n}\n';
  const r = run(source, { filePath: 'case.js' });
  expect(r.changed).toBe(false);
  expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^seen\.push\(…\) changes seen/)]);
});
