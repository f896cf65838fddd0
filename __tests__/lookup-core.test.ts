/**
 * The lookup-index core (src/analysis/lookup-index): both Set/Map transforms give one answer per
 * site. Running nested-loop-to-set then array-lookup-to-map, the other way round, or `all` gives
 * byte-identical code on every fixture and every example.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { runTransforms } from '../src/engine/apply';
import { applyTransform, transforms } from '../src/engine/registry';
import { indexNameCandidates, singularWord } from '../src/analysis/lookup-index';

const A = 'nested-loop-to-set';
const B = 'array-lookup-to-map';
const ROOT = path.join(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const samples = [
  ...filesUnder(path.join(ROOT, '__testfixtures__')).filter((f) => /\.input\.[jt]sx?$/.test(f)),
  ...filesUnder(path.join(ROOT, 'examples')).filter((f) => /\.[jt]sx?$/.test(f)),
];

describe('A∘B = B∘A = all', () => {
  test.each(samples.map((f) => [path.relative(ROOT, f), f]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const filePath = file.replace('.input.', '.');
    const run = (id: string, text: string): string => applyTransform(id, text, { filePath }).code;
    // `all` restricted to the two lookup transforms, in its order: the others claim other shapes.
    const lookups = transforms.filter((t) => t.id === A || t.id === B);
    const all = runTransforms(lookups, source, { filePath }).code;
    expect(run(B, run(A, source))).toBe(all);
    expect(run(A, run(B, source))).toBe(all);
  });
});

describe('index names', () => {
  const parse = (code: string) => {
    const j = require('jscodeshift').withParser('tsx');
    return j(code).find(j.ExpressionStatement).get().node.expression;
  };
  test.each([
    ['retiredSkus', 'set', [], 'retiredSkuSet'],
    ['customers', 'byKey', ['id'], 'customerById'],
    ['RETIRED_SKUS', 'set', [], 'RETIRED_SKU_SET'],
    ['metadata.grant_types', 'set', [], 'grantTypeSet'],
    ['Object.keys(schema)', 'set', [], 'schemaKeySet'],
    ['users.map((u) => u.id)', 'set', [], 'userIdSet'],
    ['orders', 'groupsByKey', ['customerId'], 'ordersByCustomerId'],
    ['categories', 'countByKey', ['parent_id'], 'categoryCountByParentId'],
  ])('%s (%s %j) -> %s', (collection, role, keyPath, expected) => {
    expect(indexNameCandidates({ collection: parse(collection), role: role as never, keyPath: keyPath as string[] })[0]).toBe(expected);
  });
  test('a literal is named after what is looked up in it', () => {
    expect(indexNameCandidates({ collection: parse("['a', 'b']"), role: 'set', value: parse('status') })[0]).toBe('statusSet');
  });
  test('singulars', () => {
    expect(['statuses', 'boxes', 'entries', 'status', 'class', 'ids', 'data'].map(singularWord))
      .toEqual(['status', 'box', 'entry', 'status', 'class', 'id', 'data']);
  });
});

describe('safe means proven: code that runs without a call in sight', () => {
  // xs is a parameter: over a literal of 11 items the Set would not pay (lookup-cost.ts), whatever the getter.
  const getter = `export function f(ys: number[], xs: number[]): number[] {
  const src = { get v() { ys.push(ys.length); return true; } };
  return xs.filter((x) => src.v && !ys.includes(x));
}
`;
  test('a getter read in the loop makes the rewrite review, with the getter named', () => {
    const r = applyTransform('all', getter, { filePath: 'a.ts' });
    expect(r.changes.map((c) => c.safety)).toEqual(['review']);
    expect(r.changes[0].assumptions).toEqual([expect.stringContaining('no getter, setter or valueOf/toString run by src.v changes ys')]);
    const safe = applyTransform('all', getter, { filePath: 'a.ts', safety: 'safe' });
    expect(safe.changed).toBe(false);
  });

  test('a valueOf coercion of an object in the loop is named too', () => {
    const source = `export function f(xs: number[], ys: number[], k: { valueOf(): number }): number[] {
  return xs.filter((x) => ys.includes(x + (k as any)));
}
`;
    const r = applyTransform('all', source, { filePath: 'a.ts' });
    expect(r.changes[0].safety).toBe('review');
    expect(r.changes[0].assumptions.join(' ')).toMatch(/valueOf\/toString run by .*k/);
  });

  test('plain data in the types: safe', () => {
    const source = `interface Src { v: boolean }
export function f(xs: number[], ys: number[], src: Src): number[] {
  return xs.filter((x) => src.v && ys.includes(x));
}
`;
    expect(applyTransform('all', source, { filePath: 'a.ts' }).changes.map((c) => c.safety)).toEqual(['safe']);
  });

  test('an Array subclass is not a proven Array', () => {
    const source = `class Bag<T> extends Array<T> {}
export function f(xs: number[], ys: number[]): number[] {
  const bag = Bag.from(ys);
  return xs.filter((x) => bag.includes(x));
}
`;
    const r = applyTransform('all', source, { filePath: 'a.ts' });
    expect(r.changed).toBe(false);
    expect(r.skipped[0].reason).toMatch(/Bag\.from\(\), which may be an Array subclass/);
  });
});

describe('--no-types is never bolder than the type oracle', () => {
  test.each([
    ["const LABEL = START + DIGITS;", 'LABEL'],
    ['const LABEL = `${START}${DIGITS}`;', 'LABEL'],
    ['const LABEL = String(DIGITS);', 'LABEL'],
    ["const LABEL = [START, DIGITS].join('');", 'LABEL'],
    ['const LABEL = JSON.stringify(DIGITS);', 'LABEL'],
  ])('%s is a string: no Set', (declaration) => {
    const source = `const START = 'A';\nconst DIGITS = 'Z_0' + '9';\n${declaration}\nexport const pick = (parts) => parts.filter((p) => LABEL.includes(p));\n`;
    for (const types of [true, false]) {
      const r = applyTransform('all', source, { filePath: 'a.js', types });
      expect(r.changed).toBe(false);
    }
  });
});
