import { applyTransform } from '../src/engine/registry';
import { makeParser } from '../src/engine/parse';
import { minLiteralSize } from '../src/analysis/lookup-index';

const TINY_LITERAL_THRESHOLD = minLiteralSize('keyed');
import type { TransformOptions } from '../src/engine/types';

// Decisions beyond the fixtures: safety levels, the types-off fallback, messages, thresholds and
// the syntactic corners of where the index goes. Fixtures (with executed equivalence) are in
// __testfixtures__/array-lookup-to-map.

const ID = 'array-lookup-to-map';

function run(source: string, options: TransformOptions = {}) {
  return applyTransform(ID, source, { filePath: 'sample.ts', ...options });
}

const TYPED_STRING_KEYS = `
interface User { id: string; name: string }
export function names(ids: string[], users: User[]) {
  const out: (string | undefined)[] = [];
  for (const id of ids) out.push(users.find((u) => u.id === id)?.name);
  return out;
}
`;

const TYPED_NUMBER_KEYS = TYPED_STRING_KEYS.replace('id: string; name', 'id: number; name').replace('ids: string[]', 'ids: number[]');

describe('safety levels', () => {
  test('typed Array with string keys and nothing else in the loop: safe, no assumptions', () => {
    const result = run(TYPED_STRING_KEYS);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ safety: 'safe', assumptions: [], complexity: { before: 'O(n·m)', after: 'O(n+m)' } });
  });

  test('numeric keys: safe and exact, the index leaves NaN out (=== never matches it)', () => {
    const result = run(TYPED_NUMBER_KEYS);
    expect(result.changes[0]).toMatchObject({ safety: 'safe', assumptions: [] });
    expect(result.code).toContain('userById.delete(NaN);');
  });

  test('--safety safe drops review rewrites and records why', () => {
    const source = 'export function f(ids, users) { return ids.map((id) => users.find((u) => u.id === id)); }\n';
    const result = run(source, { safety: 'safe', filePath: 'a.js' });
    expect(result.changed).toBe(false);
    expect(result.code).toBe(source);
    expect(result.skipped).toEqual([expect.objectContaining({ reason: expect.stringMatching(/needs review.*users is an Array/) })]);
  });

  test('--safety safe still applies safe rewrites', () => {
    expect(run(TYPED_STRING_KEYS, { safety: 'safe' }).changes.map((c) => c.safety)).toEqual(['safe']);
  });

  test('without types the same rewrite falls back to review, stating what types would have proven', () => {
    const typed = run(TYPED_STRING_KEYS);
    const untyped = run(TYPED_STRING_KEYS, { types: false });
    // Without types the type arguments are written through the collection (the checker would have
    // named them), and in TypeScript NaN stays an assumption (\`map.delete(NaN)\` might not type-check).
    const bare = (code: string) => code.replace(/new Map<.*?>\(\)/, 'new Map()');
    expect(bare(untyped.code)).toBe(bare(typed.code));
    expect(typed.code).toContain('new Map<string, User>()');
    expect(untyped.changes[0].safety).toBe('review');
    expect(untyped.changes[0].assumptions).toEqual(expect.arrayContaining([
      expect.stringContaining('never NaN'),
      expect.stringContaining('no element of users is null or undefined'),
    ]));
  });

  test('untyped JavaScript: review, with the Array assumption in words', () => {
    const result = run('export function f(ids, users) { return ids.map((id) => users.find((u) => u.id === id)); }', { filePath: 'a.js' });
    expect(result.changes[0].safety).toBe('review');
    expect(result.changes[0].assumptions).toContain('users is an Array (not undefined, a string or an object with its own find()): the index is built before the loop, even when the loop runs zero times');
    expect(result.changes[0].assumptions).toContain('ids is an Array, so ids.map(…) runs its callback immediately');
  });

  test.each([true, false])('a callback "loop" on something that is not an Array is left alone (types: %s)', (types) => {
    const source = `class Stream<T> { forEach(cb: (x: T) => void): void { void cb; } }
export function f(stream: Stream<string>, users: { id: string }[]) {
  const out: unknown[] = [];
  stream.forEach((id) => out.push(users.find((u) => u.id === id)));
  return out;
}
`;
    const result = run(source, { types });
    expect(result.changed).toBe(false);
    expect(result.skipped[0].reason).toMatch(/callback may run later/);
  });

  test('unknown calls in the loop: review, naming the calls', () => {
    const source = TYPED_STRING_KEYS.replace('for (const id of ids) out.push(', 'for (const id of ids) audit(id), out.push(') + 'declare function audit(id: string): void;\n';
    const change = run(source).changes[0];
    expect(change.safety).toBe('review');
    expect(change.assumptions.join('\n')).toMatch(/audit\(\).*do not change \.id of elements of users/);
  });
});

describe('messages', () => {
  test('one sentence naming the lookup and the index', () => {
    const [change] = run(TYPED_STRING_KEYS).changes;
    expect(change.message).toBe('users.find(…) inside the loop now reads userById, a Map built once before the loop.');
    expect(change.message.split('. ')).toHaveLength(1);
    expect(change).toMatchObject({ transform: ID, line: 5, column: 34 });
  });

  test('candidates that are not rewritten are explained', () => {
    const result = run('export function f(ids, users) { return ids.map((id) => users.find((u) => u.id == id)); }', { filePath: 'a.js' });
    expect(result.changed).toBe(false);
    expect(result.skipped).toEqual([expect.objectContaining({ transform: ID, reason: expect.stringContaining('not a key equality (===)') })]);
  });

  test('a lookup outside any loop is not a candidate at all', () => {
    const result = run('export function f(id, users) { return users.find((u) => u.id === id); }', { filePath: 'a.js' });
    expect(result.skipped).toEqual([]);
    expect(result.changes).toEqual([]);
  });
});

describe('tiny literal collections', () => {
  const literal = (n: number) => `const CODES = [${Array.from({ length: n }, (_, i) => `{ code: 'c${i}', n: ${i} }`).join(', ')}];
export function f(xs: string[]) { return xs.map((x) => CODES.find((c) => c.code === x)); }
`;

  test(`fewer than ${TINY_LITERAL_THRESHOLD} elements: left alone, with the reason`, () => {
    const result = run(literal(TINY_LITERAL_THRESHOLD - 1));
    expect(result.changed).toBe(false);
    expect(result.skipped[0].reason).toContain(`CODES has ${TINY_LITERAL_THRESHOLD - 1} elements: below ${TINY_LITERAL_THRESHOLD} a linear scan`);
  });

  test(`${TINY_LITERAL_THRESHOLD} elements: rewritten`, () => {
    const result = run(literal(TINY_LITERAL_THRESHOLD));
    expect(result.changes).toHaveLength(1);
    expect(result.code).toContain('const CODE_BY_CODE = new Map');
  });
});

describe('match semantics (executed)', () => {
  // Duplicate keys: find/findIndex keep the FIRST match, findLast/findLastIndex the LAST.
  const source = `
export function all(keys, rows) {
  const out = [];
  for (const k of keys) {
    out.push([rows.find((r) => r.id === k), rows.findIndex((r) => r.id === k), rows.findLast((r) => r.id === k),
      rows.findLastIndex((r) => r.id === k), rows.filter((r) => r.id === k), rows.some((r) => r.id === k && r.n > 0)]);
  }
  return out;
}
`;
  const rows = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'a', n: 3 }, { id: 'c', n: 4 }, { id: 'a', n: 5 }];
  const keys = ['a', 'b', 'zz', 'a'];

  function evaluate(code: string): unknown {
    const body = code.replace('export function all', 'return function all');
    return (new Function(body)() as (k: string[], r: typeof rows) => unknown)(keys, rows);
  }

  test('the rewritten code gives the same results, including misses (undefined, -1, [], false)', () => {
    const result = run(source, { filePath: 'a.js' });
    expect(result.changes).toHaveLength(6);
    expect(evaluate(result.code)).toEqual(evaluate(source));
    const [hit, , miss] = evaluate(result.code) as unknown[][];
    expect(hit[0]).toBe(rows[0]);
    expect(hit[2]).toBe(rows[4]);
    expect(miss).toEqual([undefined, -1, undefined, -1, [], false]);
  });

  test('each filter() result is a fresh array: mutating one does not leak into the next lookup', () => {
    const code = run(`
export function f(keys, rows) {
  return keys.map((k) => { const m = rows.filter((r) => r.id === k); m.push('x'); return m.length; });
}
`, { filePath: 'a.js' }).code;
    expect(code).toContain('?.slice() ?? []');
    const f = new Function(code.replace('export function f', 'return function f'))() as (k: string[], r: unknown[]) => number[];
    expect(f(['a', 'a', 'a'], rows)).toEqual([4, 4, 4]);
  });
});

describe('where the index goes', () => {
  function parses(code: string, file = 'a.js'): void {
    expect(() => makeParser(file.endsWith('.ts') ? 'ts' : 'babel').parse(code)).not.toThrow();
  }

  test('an else branch without braces gets a block', () => {
    const source = `export function f(ids, users, flag) {
  if (flag) return [];
  else for (const id of ids) users.find((u) => u.id === id);
}
`;
    const { code, changes } = run(source, { filePath: 'a.js' });
    expect(changes).toHaveLength(1);
    expect(code).toMatch(/else \{\s*const userById = new Map\(\);/);
    parses(code);
  });

  test('an arrow with an expression body gets a block with return', () => {
    const { code } = run('export const f = (ids, users) => ids.map((id) => users.find((u) => u.id === id));\n', { filePath: 'a.js' });
    expect(code).toMatch(/=> \{\s*const userById = new Map\(\);[\s\S]*return ids\.map\(\(id\) => userById\.get\(id\)\);\s*\}/);
    parses(code);
  });

  test('a labelled loop: the index goes before the label', () => {
    const { code } = run(`export function f(ids, users) {
  outer: for (const id of ids) {
    if (users.some((u) => u.id === id)) break outer;
  }
}
`, { filePath: 'a.js' });
    expect(code.indexOf('usersIdSet = new Set')).toBeLessThan(code.indexOf('outer:'));
    parses(code);
  });

  test('names never collide with existing bindings', () => {
    const source = TYPED_STRING_KEYS.replace('const out', 'const userById = 1;\n  const out');
    const { code } = run(source);
    expect(code).toContain('const userById2 = new Map');
    parses(code, 'a.ts');
  });

  test('a value that is the same on every inner iteration is indexed before the loop where it changes', () => {
    const { code, changes } = run(`export function f(groups, items, users) {
  const out = [];
  for (const g of groups) {
    for (const item of items) out.push(users.find((u) => u.id === g.ownerId));
  }
  return out;
}
`, { filePath: 'a.js' });
    expect(changes).toHaveLength(1);
    expect(code.indexOf('const usersById')).toBeLessThan(code.indexOf('for (const g of groups)'));
  });

  test('a loop that runs only sometimes is left alone (building the index first could throw)', () => {
    const result = run('export function f(ids, users) { return users && ids.map((id) => users.find((u) => u.id === id)); }', { filePath: 'a.js' });
    expect(result.changed).toBe(false);
    expect(result.skipped[0].reason).toMatch(/does not always run/);
  });

  test('output is idempotent', () => {
    const once = run(TYPED_STRING_KEYS).code;
    const twice = run(once);
    expect(twice.changed).toBe(false);
    expect(twice.code).toBe(once);
  });
});

describe('JavaScript parameters typed only by their default value', () => {
  test('users = [] is no proof that users is an Array of non-null objects', () => {
    const result = run('export function f(ids = [], users = [{ id: "a" }]) { return Object.keys(ids).map((id) => users.find((u) => u.id === id)); }', { filePath: 'a.js' });
    expect(result.changes.map((c) => c.safety)).toEqual(['review']);
    expect(result.changes[0].assumptions).toEqual(expect.arrayContaining([expect.stringMatching(/^users is an Array/)]));
  });
});

test('a literal the loop fills itself (a dedupe) is skipped for its change, not for its size', () => {
  const result = run('export function uniq(rows) {\n  const out = [];\n  for (const r of rows) {\n    if (!out.find((o) => o.id === r.id)) out.push(r);\n  }\n  return out;\n}\n', { filePath: 'a.js' });
  expect(result.changed).toBe(false);
  expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^out\.push\(…\) changes out/)]);
});

describe('work the index does up front', () => {
  test('an extra condition that reads nested properties is stated not to throw on any element', () => {
    // The original checks `u.meta.ok` only on elements with a matching id (or until the first match);
    // the index checks it on every element, even when the loop never runs.
    const result = run(`
export function f(orders, users) {
  const out = [];
  for (const o of orders) out.push(users.find((u) => u.id === o.userId && u.meta.ok));
  return out;
}
`, { filePath: 'sample.js' });
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0].assumptions).toContain('u.meta.ok does not throw for any element of users (the index checks it on every element up front)');
  });

  test('a nested key path is stated not to throw on any element', () => {
    const result = run(`
export function f(orders, users) {
  return orders.map((o) => users.find((u) => u.profile.email === o.email));
}
`, { filePath: 'sample.js' });
    expect(result.changes[0].assumptions).toContain('reading u.profile.email does not throw for any element of users (the index reads every element\'s key up front)');
  });
});
