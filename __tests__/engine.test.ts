import { runTransforms } from '../src/engine/apply';
import { makeParser, parserForFile } from '../src/engine/parse';
import type { PerfTransform } from '../src/engine/types';

/** A test transform that renames every identifier `a` to `b` (a real, visible rewrite). */
const renameA: PerfTransform = {
  id: 'rename-a', title: 't', description: 'd', safetyNotes: 's', docs: 'x.md',
  run(ctx) {
    ctx.root.find(ctx.j.Identifier, { name: 'a' }).forEach((p) => {
      if (ctx.decide(p.node, { kind: 'safe' }, { message: 'renamed a' })) p.node.name = 'b';
    });
  },
};

const crashAfterEdit: PerfTransform = {
  ...renameA, id: 'crash',
  run(ctx) {
    ctx.root.find(ctx.j.Identifier, { name: 'b' }).forEach((p) => { p.node.name = 'zzz'; });
    throw new Error('boom');
  },
};

const breaksSyntax: PerfTransform = {
  ...renameA, id: 'breaks',
  run(ctx) {
    ctx.root.find(ctx.j.Identifier, { name: 'b' }).forEach((p) => {
      if (ctx.decide(p.node, { kind: 'safe' }, { message: 'broke it' })) p.node.name = 'if';
    });
  },
};

describe('engine', () => {
  it('chooses the parser by extension', () => {
    expect(['a.ts', 'a.mts', 'a.cts', 'a.tsx', 'a.js', 'a.jsx', 'a.mjs', 'a.cjs'].map(parserForFile))
      .toEqual(['ts', 'ts', 'ts', 'tsx', 'babel', 'babel', 'babel', 'babel']);
  });

  it('parses <T>x casts in .ts and `export @dec class` through the decorator fallback', () => {
    expect(() => makeParser('ts').parse('const x = <number>y;')).not.toThrow();
    expect(() => makeParser('ts').parse('export @dec class A {}')).not.toThrow();
    expect(() => makeParser('babel').parse('@dec export class A {}\nconst el = <div />;')).not.toThrow();
  });

  it('keeps BOM, CRLF line endings and the shebang', () => {
    const source = '\uFEFF#!/usr/bin/env node\r\nconst a = 1;\r\nuse(a);\r\n';
    const r = runTransforms([renameA], source, { filePath: 'x.js' });
    expect(r.code).toBe('\uFEFF#!/usr/bin/env node\r\nconst b = 1;\r\nuse(b);\r\n');
    expect(r.changes).toHaveLength(2);
  });

  it('does not double the semicolon of a directive when the program is reprinted', () => {
    const source = "'use strict';\nconst a = 1;\n";
    const inserting: PerfTransform = {
      ...renameA, id: 'insert',
      run(ctx) {
        const body = ctx.root.find(ctx.j.Program).paths()[0].get('body');
        if (ctx.decide(null, { kind: 'safe' }, { message: 'inserted' })) body.get(0).insertAfter(ctx.j.template.statement(['use(a);']));
      },
    };
    expect(runTransforms([inserting], source, { filePath: 'x.js' }).code).toMatch(/^'use strict';\nconst a = 1;\n\n?use\(a\);\n$/);
  });

  it('reports a parse error with its position and returns the input unchanged', () => {
    const r = runTransforms([renameA], 'const a = ;\n', { filePath: 'x.js' });
    expect(r.changed).toBe(false);
    expect(r.code).toBe('const a = ;\n');
    expect(r.errors[0]).toMatchObject({ line: 1, column: 11 });
    expect(r.errors[0].reason).toMatch(/parse error/);
  });

  it('rolls back a transform that throws and keeps the rewrites of the others', () => {
    const r = runTransforms([renameA, crashAfterEdit], 'const a = 1;\n', { filePath: 'x.js' });
    expect(r.code).toBe('const b = 1;\n');
    expect(r.errors).toEqual([expect.objectContaining({ transform: 'crash', reason: expect.stringMatching(/crash crashed: boom/) })]);
  });

  it('drops the rewrites of a transform whose output does not parse', () => {
    const r = runTransforms([renameA, breaksSyntax], 'const a = 1;\n', { filePath: 'x.js' });
    expect(r.code).toBe('const b = 1;\n');
    expect(r.changes.map((c) => c.transform)).toEqual(['rename-a']);
    expect(r.errors[0].reason).toMatch(/breaks: output did not re-parse/);
  });

  it('records review decisions as skips under --safety safe', () => {
    const review: PerfTransform = {
      ...renameA, id: 'review',
      run(ctx) {
        ctx.root.find(ctx.j.Identifier, { name: 'a' }).forEach((p) => {
          if (ctx.decide(p.node, { kind: 'review', assumptions: ['a is never NaN'] }, { message: 'm' })) p.node.name = 'b';
        });
      },
    };
    const safeOnly = runTransforms([review], 'use(a);\n', { filePath: 'x.js', safety: 'safe' });
    expect(safeOnly.changed).toBe(false);
    expect(safeOnly.skipped[0].reason).toMatch(/needs review.*a is never NaN/);
    const withReview = runTransforms([review], 'use(a);\n', { filePath: 'x.js' });
    expect(withReview.changes[0]).toMatchObject({ safety: 'review', assumptions: ['a is never NaN'], line: 1, column: 5 });
  });

  it('gives transforms the text the parser saw: positions stay right with tabs and CRLF', () => {
    // recast expands indentation tabs before parsing; source text and type facts must follow.
    const seen: string[] = [];
    const sliceIdentifiers: PerfTransform = {
      ...renameA, id: 'slice',
      run(ctx) {
        ctx.root.find(ctx.j.Identifier).forEach((p) => { const n = p.node as unknown as { start: number; end: number }; seen.push(ctx.source.slice(n.start, n.end)); });
      },
    };
    runTransforms([sliceIdentifiers], 'function f(alpha) {\r\n\tif (alpha) {\r\n\t\treturn beta;\r\n\t}\r\n}\r\n', { filePath: 'x.js' });
    expect(seen).toEqual(['f', 'alpha', 'alpha', 'beta']);
    const { transform } = require('../transforms/nested-loop-to-set');
    const inferredString = 'function load() {\n\treturn "a b";\n}\nexport function m(words: string[]) {\n\tconst text = load();\n\treturn words.filter((w) => text.includes(w));\n}\n';
    expect(runTransforms([transform], inferredString, { filePath: 'x.ts' }).changed).toBe(false);
  });

  it('indents reprinted code like the file: its step in spaces, or tabs', () => {
    const out = (src: string) => runTransforms([renameA], src, { filePath: 'x.js' }).code;
    const nested = 'function f() {\n  try {\n    g(a);\n  } finally {}\n}\n';
    const renameAndInsert: PerfTransform = {
      ...renameA, id: 'insert',
      run(ctx) {
        ctx.root.find(ctx.j.ExpressionStatement).forEach((p) => {
          if (ctx.decide(p.node, { kind: 'safe' }, { message: 'inserted' })) p.insertBefore(ctx.j.expressionStatement(ctx.j.identifier('before')));
        });
      },
    };
    expect(runTransforms([renameAndInsert], nested, { filePath: 'x.js' }).code).toBe('function f() {\n  try {\n    before;\n    g(a);\n  } finally {}\n}\n');
    const tabbed = 'function f() {\n\tconst x = 1;\n\tg(a);\n}\n';
    expect(runTransforms([renameAndInsert], tabbed, { filePath: 'x.js' }).code).toBe('function f() {\n\tconst x = 1;\n\tbefore;\n\tg(a);\n}\n');
    expect(out(tabbed)).toBe('function f() {\n\tconst x = 1;\n\tg(b);\n}\n');
  });

  it('skips parsing entirely when no transform can match', () => {
    const never: PerfTransform = { ...renameA, mightMatch: () => false };
    const r = runTransforms([never], 'this is not javascript', { filePath: 'x.js' });
    expect(r).toMatchObject({ changed: false, errors: [] });
  });

  it('changes only the rewritten part of a return statement (no added semicolon, JSX left as written)', () => {
    const source = 'export function f() {\n  return (\n    <ul>\n      <li>{a}</li>\n    </ul>\n  )\n}\n';
    const r = runTransforms([renameA], source, { filePath: 'x.jsx' });
    expect(r.code).toBe(source.replace('{a}', '{b}'));
    const plain = 'function g() {\n  return use(a)\n}\n';
    expect(runTransforms([renameA], plain, { filePath: 'x.js' }).code).toBe('function g() {\n  return use(b)\n}\n');
  });
});
