import jscodeshift from 'jscodeshift';
import { makeParser } from '../src/engine/parse';
import {
  collectionEvidence, collectionStability, enclosingLoop, findMutations, freshName, insertBefore, matchKeyEquality,
  placementFor, callbackShape, isLoopInvariant, bindingScope, readsWrites, isSideEffectFree,
} from '../src/analysis';

const j = jscodeshift.withParser(makeParser('ts') as never);

/** The path of the first node matching `predicate`. */
function find(source: string, predicate: (node: any) => boolean) {
  const root = j(source);
  let found: any = null;
  root.find(j.Node).forEach((p: any) => { if (!found && predicate(p.node)) found = p; });
  if (!found) throw new Error('no match');
  return { root, path: found };
}
const ident = (name: string) => (n: any) => n.type === 'Identifier' && n.name === name;
const noTypes = { j, types: () => null };

describe('collectionEvidence (syntax)', () => {
  it.each([
    ['const b = [1, 2]; b;', 'array', true, false],
    ['const b = ["x", NaN]; b;', 'array', true, true],
    ['const b = "abc"; b;', 'string', true, true],
    ['function f(b: string[]) { b; }', 'array', true, false],
    ['function f(b: readonly number[]) { b; }', 'array', true, true],
    ['function f(b: ReadonlyArray<string>) { b; }', 'array', true, false],
    ['function f(b) { b; }', 'unknown', false, true],
    ['let b = [1]; b = other; b;', 'unknown', false, true],
    ['const b = xs.map(x => x.id); b;', 'array', false, true],
    ['const b = [1].map(x => x); b;', 'array', true, true],
    ['const b = s.split(","); b;', 'array', false, false],
    ['/** @param {string[]} b */ function f(b) { b; }', 'array', true, false],
    ['const b = new Set([1]); b;', 'set', true, true],
  ])('%s', (source, kind, strong, nan) => {
    const { path } = find(source, (n) => n.type === 'ExpressionStatement' && n.expression.type === 'Identifier' && n.expression.name === 'b');
    const evidence = collectionEvidence(noTypes, path.get('expression'));
    expect([evidence.kind, evidence.strong, evidence.elementsMayBeNaN]).toEqual([kind, strong, nan]);
  });

  it('uses the type oracle when present', () => {
    const source = 'function f(b: Array<{ id: string }>) { b; }';
    const { path } = find(source, (n) => n.type === 'ExpressionStatement');
    const facts = { kind: 'array', text: 'X[]', mayBeNaN: false, element: { mayBeNaN: false, primitive: false, text: 'X' } };
    const evidence = collectionEvidence({ j, types: () => ({ factsAt: () => facts as any }) }, path.get('expression'));
    expect(evidence).toMatchObject({ by: 'types', strong: true, elementsMayBeNaN: false });
  });
});

describe('findMutations', () => {
  it.each([
    ['b.push(1)', 'method'],
    ['b.length = 0', 'member-write'],
    ['b[0] = 1', 'member-write'],
    ['b = []', 'reassign'],
    ['save(b)', 'escape'],
    ['const c = b', 'escape'],
    ['b.forEach((x, i, arr) => arr.pop())', 'escape'],
    ['(b as any).sort()', 'method'],
  ])('%s -> %s', (statement, kind) => {
    const { path } = find(`function f() { const b = [1, 2]; for (const x of a) { ${statement}; } }`, (n) => n.type === 'ForOfStatement');
    const scope = bindingScope(path, 'b');
    expect(findMutations(j, path, 'b', scope).map((m) => m.kind)).toEqual([kind]);
  });

  it.each(['b.includes(1)', 'b.length', 'b[0]', 'const c = [...b]', 'console.log(b)', 'if (b.some((y) => y === 1)) {}'])('%s only reads', (statement) => {
    const { path } = find(`function f() { const b = [1, 2]; for (const x of a) { ${statement}; } }`, (n) => n.type === 'ForOfStatement');
    expect(findMutations(j, path, 'b', bindingScope(path, 'b'))).toEqual([]);
  });

  it('does not confuse a shadowing binding with the collection', () => {
    const { path } = find('function f() { const b = [1]; for (const x of a) { const g = (b) => b.push(1); } }', (n) => n.type === 'ForOfStatement');
    expect(findMutations(j, path, 'b', bindingScope(path, 'b'))).toEqual([]);
  });
});

describe('collectionStability', () => {
  it('asks for an assumption when a parameter meets unknown calls', () => {
    const { path } = find('function f(b, a) { for (const x of a) { log(x); b.includes(x); } }', (n) => n.type === 'ForOfStatement');
    const receiver = find('function f(b, a) { for (const x of a) { log(x); b.includes(x); } }', (n) => n.type === 'ForOfStatement');
    void receiver;
    const ref = j(path).find(j.Identifier, { name: 'b' }).paths()[0];
    const stability = collectionStability(j, ref as any, path);
    expect(stability.mutations).toEqual([]);
    expect(stability.assumptions.join()).toMatch(/log\(\)/);
  });

  it('sees a closure that changes the collection', () => {
    const source = 'function f(a) { const b = [1]; const reset = () => { b.length = 0; }; for (const x of a) { reset(); b.includes(x); } }';
    const { path } = find(source, (n) => n.type === 'ForOfStatement');
    const ref = j(path).find(j.Identifier, { name: 'b' }).paths()[0];
    const stability = collectionStability(j, ref as any, path);
    expect(stability.mutations.map((m) => m.detail)).toEqual([expect.stringMatching(/inside a function that the loop may call/)]);
  });

  it('proves a fresh local with only harmless calls', () => {
    const source = 'function f(a) { const b = [1]; for (const x of a) { b.includes(x.toLowerCase()); } }';
    const { path } = find(source, (n) => n.type === 'ForOfStatement');
    const ref = j(path).find(j.Identifier, { name: 'b' }).paths()[0];
    expect(collectionStability(j, ref as any, path)).toEqual({ mutations: [], assumptions: [] });
  });
});

describe('placement and insertion', () => {
  const insertAt = (source: string, name: string) => {
    const { root, path } = find(source, ident(name));
    expect(insertBefore(j, path, [j.template.statement(['const idx = 1;'])])).toBe(true);
    return root.toSource();
  };
  it('inserts before a statement in a block and keeps the comment on top', () => {
    expect(insertAt('function f() {\n  // scan\n  use(target);\n}', 'target')).toBe('function f() {\n  // scan\n  const idx = 1;\n  use(target);\n}');
  });
  it('wraps a brace-less if body', () => {
    expect(insertAt('if (c)\n  use(target);', 'target')).toMatch(/if \(c\) \{\s+const idx = 1;\s+use\(target\);\s+\}/);
  });
  it('wraps a brace-less else body', () => {
    expect(insertAt('if (c) x();\nelse use(target);', 'target')).toMatch(/else \{\s+const idx = 1;\s+use\(target\);\s+\}/);
  });
  it('goes before a label', () => {
    expect(insertAt('function g() {\n  outer: for (const x of target) {}\n}', 'target')).toMatch(/const idx = 1;\s+outer: for/);
  });
  it('turns an arrow expression body into a block', () => {
    expect(insertAt('const f = () => use(target);', 'target')).toMatch(/const f = \(\) => \{\s+const idx = 1;\s+return use\(target\);\s+\}/);
  });
  it('inserts in a switch case, in a block of its own (no-case-declarations)', () => {
    expect(insertAt('switch (k) {\n  case 1:\n    use(target);\n}', 'target')).toMatch(/case 1:\s+\{\s+const idx = 1;\s+use\(target\);\s+\}/);
    // A case that declares names other cases may see is not wrapped.
    expect(insertAt('switch (k) {\n  case 1:\n    const v = 1;\n    use(target);\n}', 'target')).toMatch(/case 1:\s+const v = 1;\s+const idx = 1;\s+use\(target\);/);
  });
  it.each([
    ['c && use(target);', /left side of &&/],
    ['c ? use(target) : 0;', /branch/],
    ['a?.b(target);', /optional chain/],
  ])('flags conditional evaluation: %s', (source, reason) => {
    const { path } = find(source, ident('target'));
    expect(placementFor(path)?.conditional).toMatch(reason);
  });
  it('refuses class field initializers', () => {
    const { path } = find('class A { x = use(target); }', ident('target'));
    expect(placementFor(path)).toBeNull();
  });
});

describe('loops, callbacks, equality, naming, purity', () => {
  it('finds statement loops and iteration callbacks, not plain functions', () => {
    expect(enclosingLoop(find('for (const o of os) { use(target); }', ident('target')).path)?.kind).toBe('for-of');
    expect(enclosingLoop(find('os.forEach((o) => use(target));', ident('target')).path)).toMatchObject({ kind: 'callback', method: 'forEach', boundNames: ['o'] });
    expect(enclosingLoop(find('for (const o of os) { const g = () => use(target); }', ident('target')).path)).toBeNull();
    expect(enclosingLoop(find('for (const o of target) {}', ident('target')).path)).toBeNull();
  });
  it('judges loop invariance', () => {
    const { path } = find('for (const o of os) { use(users, o); }', (n) => n.type === 'ForOfStatement');
    const loop = { kind: 'for-of' as const, path, body: path.get('body'), boundNames: ['o'] };
    expect(isLoopInvariant(j, j.identifier('users'), loop)).toBe(true);
    expect(isLoopInvariant(j, j.identifier('o'), loop)).toBe(false);
    expect(isLoopInvariant(j, j.callExpression(j.identifier('load'), []), loop)).toBe(false);
  });
  it.each([
    ['u => u.id === o.userId', ['id'], 0],
    ['u => o.userId === u.id', ['id'], 0],
    ['({ id }) => id === key', ['id'], 0],
    ['(u) => u.org.code === c && u.active', ['org', 'code'], 1],
    ['function (u) { return u["id"] === k; }', ['id'], 0],
    ['y => y === x', [], 0],
  ])('matches %s', (fn, keyPath, rest) => {
    const { path } = find(`f(${fn});`, (n) => n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression');
    const shape = callbackShape(path.node)!;
    const match = matchKeyEquality(shape.body, shape.params)!;
    expect([match.keyPath, match.rest.length]).toEqual([keyPath, rest]);
  });
  it.each(['u => u.id == k', 'u => u.id < k', '(u, i) => u.id === i', 'u => u.id === u.other', 'u => u.id !== k', 'u => u?.id === k'])('rejects %s', (fn) => {
    const { path } = find(`f(${fn});`, (n) => n.type === 'ArrowFunctionExpression');
    const shape = callbackShape(path.node)!;
    expect(matchKeyEquality(shape.body, shape.params)).toBeNull();
  });
  it('refuses async callbacks and function expressions using this', () => {
    expect(callbackShape(find('f(async (x) => x)', (n) => n.type === 'ArrowFunctionExpression').path.node)).toBeNull();
    expect(callbackShape(find('f(function (x) { return this.a === x; })', (n) => n.type === 'FunctionExpression').path.node)).toBeNull();
  });
  it('names new bindings without collisions', () => {
    const root = j('const bSet = 1; const bSet2 = 2;');
    expect(freshName(j, root, 'bSet')).toBe('bSet3');
    expect(freshName(j, root, 'bSet')).toBe('bSet4');
  });
  it('summarises reads and writes', () => {
    const summary = readsWrites(find('x = y + z.w; q.r = 1; await f();', (n) => n.type === 'Program').path.node);
    expect([...summary.writes]).toEqual(['x']);
    expect([...summary.memberWrites]).toEqual(['q']);
    expect(summary.reads.has('y') && summary.hasCalls && summary.hasAwait).toBe(true);
  });
  it('judges side effects', () => {
    const expr = (s: string) => find(`(${s});`, (n) => n.type === 'ExpressionStatement').path.node.expression;
    expect(isSideEffectFree(expr('a.b + c[0]'))).toBe(true);
    expect(isSideEffectFree(expr('f(a)'))).toBe(false);
    expect(isSideEffectFree(expr('a.b++'))).toBe(false);
  });
});

describe('imports', () => {
  const { ensureNamedImport } = require('../src/analysis') as typeof import('../src/analysis');
  it('adds an ESM import after the existing ones and reuses it', () => {
    const root = j("import a from 'a';\n\nexport function f() {}\n");
    expect(ensureNamedImport(j, root, 'lib', 'batch')).toBe('batch');
    expect(ensureNamedImport(j, root, 'lib', 'batch')).toBe('batch');
    // recast may separate the new statement from its neighbours with a blank line.
    expect(root.toSource({ quote: 'single' })).toMatch(/^import a from 'a';\n\n?import \{ batch \} from 'lib';\n\nexport function f\(\) \{\}\n$/);
  });
  it('adds a require in CommonJS and renames on a clash', () => {
    const root = j("'use strict';\nconst fs = require('fs');\nconst batch = 1;\nmodule.exports = batch;\n");
    expect(ensureNamedImport(j, root, 'lib', 'batch')).toBe('batch2');
    expect(root.toSource({ quote: 'single' })).toMatch(/^'use strict';\nconst fs = require\('fs'\);\n\n?const \{\n  batch: batch2\n\} = require\('lib'\);\n\n?const batch = 1;\nmodule.exports = batch;\n$/);
  });
});

describe('evidence that rests on a non-null assertion', () => {
  it.each([
    ['function f(b?: string[]) { b!; }', /b is not null or undefined \(the ! assertion holds\)/],
    ['let b!: string[]; b;', /b is assigned before the loop runs/],
  ])('%s', (source, assumption) => {
    const { path } = find(source, (n) => n.type === 'ExpressionStatement' && (n.expression.type === 'TSNonNullExpression' || n.expression.type === 'Identifier'));
    expect(collectionEvidence(noTypes, path.get('expression')).assumptions).toEqual([expect.stringMatching(assumption)]);
  });
  it('has no assumption without one', () => {
    const { path } = find('function f(b: string[]) { b; }', (n) => n.type === 'ExpressionStatement');
    expect(collectionEvidence(noTypes, path.get('expression')).assumptions).toBeUndefined();
  });
});

describe('layout', () => {
  const { indentUnit, reindent } = require('../src/analysis') as typeof import('../src/analysis');
  it('finds the indentation unit', () => {
    expect(indentUnit('a {\n    b;\n        c;\n    d;\n}\n')).toBe('    ');
    expect(indentUnit('a {\n\tb;\n\t\tc;\n}\n')).toBe('\t');
    expect(indentUnit('a;\n')).toBe('  ');
  });
  it('re-indents two-space code', () => {
    expect(reindent('x {\n  y {\n    z;\n  }\n}', '    ')).toBe('x {\n    y {\n        z;\n    }\n}');
  });
});

describe('semicolon style', () => {
  const { usesSemicolons, dropNewSemicolons } = require('../src/analysis') as typeof import('../src/analysis');
  const asi = 'const a = 1\nconst b = 2\nfoo(a)\nbar(b)\nexport { a }\n';
  it('tells files with and without semicolons apart', () => {
    expect(usesSemicolons(asi)).toBe(false);
    expect(usesSemicolons(asi.replace(/\n/g, ';\n'))).toBe(true);
  });
  it('drops only the semicolons of new lines, and keeps one before a line that would continue it', () => {
    const printed = 'const a = 1\nconst s = new Set(a);\nfoo(a)\nconst t = g();\n[1].forEach(f)\n';
    expect(dropNewSemicolons(printed, asi)).toBe('const a = 1\nconst s = new Set(a)\nfoo(a)\nconst t = g();\n[1].forEach(f)\n');
  });
});

describe('semicolon style of one-line functions', () => {
  const { usesSemicolons } = require('../src/analysis') as typeof import('../src/analysis');
  it('counts semicolons before a closing brace', () => {
    const oneLiners = Array.from({ length: 8 }, (_, i) => `export function f${i}(x) { return x; }`).join('\n');
    expect(usesSemicolons(oneLiners)).toBe(true);
  });
});

describe('bindingScope', () => {
  test('a catch clause without a binding declares nothing (ast-types would throw on it)', () => {
    const { bindingScope } = jest.requireActual('../src/analysis/scope') as typeof import('../src/analysis/scope');
    const jscodeshift = jest.requireActual('jscodeshift') as typeof import('jscodeshift');
    const j = jscodeshift.withParser('tsx');
    const root = j('const x = 1;\nfunction f() { try { g(); } catch { return x; } }\n');
    const use = root.find(j.ReturnStatement).find(j.Identifier, { name: 'x' }).paths()[0];
    const scope = bindingScope(use, 'x');
    expect(scope?.isGlobal).toBe(true);
  });
});
