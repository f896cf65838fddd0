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
