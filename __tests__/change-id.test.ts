import { runTransforms } from '../src/engine/apply';
import type { PerfTransform } from '../src/engine/types';

/** Renames every identifier `a` to `b`: one change per occurrence. */
const renameA: PerfTransform = {
  id: 'rename-a', title: 't', description: 'd', safetyNotes: 's', docs: 'x.md',
  run(ctx) {
    ctx.root.find(ctx.j.Identifier, { name: 'a' }).forEach((p) => {
      if (ctx.decide(p.node, { kind: 'safe' }, { message: 'renamed a' })) p.node.name = 'b';
    });
  },
};

const source = 'const x = a;\nconst y = a + 1;\nconst z = a * 2;\n';

describe('change ids', () => {
  test('are the same for the same input and options, and differ between changes', () => {
    const first = runTransforms([renameA], source, { displayPath: 'src/a.js' }).changes.map((c) => c.id);
    const second = runTransforms([renameA], source, { displayPath: 'src/a.js' }).changes.map((c) => c.id);
    expect(first).toHaveLength(3);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(first.every((id) => /^[0-9a-f]{10}$/.test(id))).toBe(true);
  });

  test('depend on the file they are in', () => {
    const inA = runTransforms([renameA], source, { displayPath: 'src/a.js' }).changes[0].id;
    const inB = runTransforms([renameA], source, { displayPath: 'src/b.js' }).changes[0].id;
    expect(inA).not.toBe(inB);
  });

  test('--only applies just the named changes, and their ids do not move', () => {
    const all = runTransforms([renameA], source, { displayPath: 'src/a.js' }).changes;
    const middle = all[1].id;
    const some = runTransforms([renameA], source, { displayPath: 'src/a.js', only: [middle] });
    expect(some.code).toBe('const x = a;\nconst y = b + 1;\nconst z = a * 2;\n');
    expect(some.changes.map((c) => c.id)).toEqual([middle]);
    const none = runTransforms([renameA], source, { displayPath: 'src/a.js', only: ['0000000000'] });
    expect(none.changed).toBe(false);
    expect(none.code).toBe(source);
  });
});

describe('change ids under all', () => {
  // `all` re-parses between transforms: a later transform's candidates sit below lines an earlier
  // one inserted. Leaving the earlier changes out must not change the later ones' ids or lines.
  const { transforms } = jest.requireActual('../src/engine/registry') as typeof import('../src/engine/registry');
  const fs = jest.requireActual('node:fs') as typeof import('node:fs');
  const path = jest.requireActual('node:path') as typeof import('node:path');
  const examples = path.join(__dirname, '..', 'examples', 'src');
  const mixed = `${fs.readFileSync(path.join(examples, 'permissions.ts'), 'utf8')}\n${fs.readFileSync(path.join(examples, 'orders.js'), 'utf8')}`;
  const options = { filePath: path.join(examples, 'mixed.ts'), displayPath: 'src/mixed.ts' };

  test('a later transform keeps its ids and original lines when the earlier changes are left out', () => {
    const all = runTransforms([...transforms], mixed, options).changes;
    const earlier = all.filter((c) => c.transform === 'nested-loop-to-set');
    const later = all.filter((c) => c.transform === 'array-lookup-to-map');
    expect(earlier.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    const alone = runTransforms([...transforms], mixed, { ...options, only: later.map((c) => c.id) }).changes;
    expect(alone.map((c) => [c.id, c.line])).toEqual(later.map((c) => [c.id, c.line]));
    // Lines are the original file's: the candidate's own text is on that line.
    const lines = mixed.split('\n');
    for (const c of later) expect(lines[c.line - 1]).toMatch(/\.find\(/);
  });
});
