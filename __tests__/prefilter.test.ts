import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTransforms } from '../src/engine/apply';
import { parsePlain, parserForFile } from '../src/engine/parse';
import { transforms } from '../src/engine/registry';
import { callInsideLoop } from '../src/analysis/prefilter';

// A pre-filter that says "no candidate" where the transform would find one would skip it silently.
// Every fixture input (and a few shapes here) is run with and without the pre-filter.
const FIXTURES = path.join(__dirname, '..', '__testfixtures__');

const inputs = fs.readdirSync(FIXTURES).flatMap((dir) =>
  fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.includes('.input.')).map((f) => path.join(FIXTURES, dir, f)));

const prefiltered = transforms.filter((t) => t.mightMatchTree);

describe('tree pre-filters never hide a candidate', () => {
  // A transform's candidate that needs no loop makes a loop-based pre-filter wrong for it.
  test('the lookup transforms have none: a module constant read from a function is a candidate without a loop', () => {
    const file = path.join(FIXTURES, 'nested-loop-to-set', 'module-constant-called.input.js');
    const source = fs.readFileSync(file, 'utf8');
    expect(callInsideLoop(parsePlain(source, 'babel'), new Set(['includes']))).toBe(false);
    const nested = transforms.find((t) => t.id === 'nested-loop-to-set')!;
    expect(nested.mightMatchTree).toBeUndefined();
    expect(runTransforms([nested], source, { filePath: file, types: false }).changes).toHaveLength(1);
  });

  const each = prefiltered.length > 0 ? test.each(prefiltered.map((t) => [t.id, t] as const)) : null;
  each?.('%s: where it says no, the transform finds nothing', (_, transform) => {
    const unfiltered = { ...transform, mightMatchTree: undefined };
    let saidNo = 0;
    for (const file of inputs) {
      const source = fs.readFileSync(file, 'utf8');
      const plain = parsePlain(source, parserForFile(file));
      if (!plain || transform.mightMatchTree!(plain)) continue;
      saidNo++;
      const out = runTransforms([unfiltered], source, { filePath: file, types: false });
      expect({ file, changes: out.changes.length, skipped: out.skipped.length }).toEqual({ file, changes: 0, skipped: 0 });
    }
    expect(saidNo).toBeGreaterThan(0); // the check above ran on something
  }, 120_000);

  test('callInsideLoop: loops, iteration callbacks, and calls outside them', () => {
    const has = (source: string) => callInsideLoop(parsePlain(source, 'babel'), new Set(['includes']));
    expect(has('for (const x of a) b.includes(x);')).toBe(true);
    expect(has('while (i--) if (b.includes(a[i])) n++;')).toBe(true);
    expect(has('a.filter((x) => b.includes(x));')).toBe(true);
    expect(has('a.forEach(function (x) { if (b.includes(x)) n++; });')).toBe(true);
    expect(has('export const ok = b.includes(x);')).toBe(false);
    expect(has('a.filter(Boolean); b.includes(x);')).toBe(false);
  });
});
