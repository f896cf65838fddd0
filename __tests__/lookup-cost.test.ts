import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTransform } from '../src/engine/registry';
import { CROSSOVERS, crossoverAt, minLookupsToPay, minSizeToPay } from '../src/analysis/lookup-index/thresholds';
import { crossoverSurface } from '../bench/lib/surface';
import type { BenchRow } from '../bench/lib/types';

const results = (transform: string): BenchRow[] =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'bench', 'results', `${transform}.json`), 'utf8'));

describe('the threshold table', () => {
  test.each([
    ['membership', 'nested-loop-to-set', 'grid-includes'],
    ['keyed', 'array-lookup-to-map', 'grid-find'],
  ] as const)('%s crossovers are the ones the committed k×m sweep measured (%s / %s)', (form, transform, caseName) => {
    const rows = results(transform).filter((r) => r.case === caseName);
    expect(rows.length).toBeGreaterThan(0);
    expect(CROSSOVERS[form]).toEqual(crossoverSurface(rows));
  });

  test('reads a k between measured points conservatively (the lower measured k)', () => {
    const min = minLookupsToPay('membership')!;
    expect(crossoverAt('membership', min - 1, 1000).pays).toBe(false);
    expect(crossoverAt('membership', 10_000, 1000).pays).toBe(true);
    expect(crossoverAt('membership', 10_000, 1).pays).toBe(minSizeToPay('membership')! <= 1);
  });
});

const both = (source: string, filePath = 'case.ts') => ({
  set: applyTransform('nested-loop-to-set', source, { filePath }),
  map: applyTransform('array-lookup-to-map', source, { filePath }),
});

describe('rewrites that do not pay are left alone, with the reason', () => {
  test('a 2-element literal as the outer loop: k = 2', () => {
    const r = both(`export function granted(scopes: string[]) {
  const out: string[] = [];
  for (const s of ['openid', 'offline_access']) if (scopes.includes(s)) out.push(s);
  return out;
}
`);
    expect(r.set.changed).toBe(false);
    expect(r.map.changed).toBe(false);
    expect(r.set.skipped.map((s) => s.reason).join('\n')).toMatch(/the loop runs 2 times \(an array literal\)/);
  });

  test('Object.keys of a literal and a constant bound are counted', () => {
    const r = both(`const HANDLERS = { a: 1, b: 2, c: 3 };
const N = 4;
export function f(names: string[], ids: number[]) {
  const hits: number[] = [];
  for (const k of Object.keys(HANDLERS)) if (names.includes(k)) hits.push(1);
  for (let i = 0; i < N; i++) if (ids.includes(i)) hits.push(i);
  return hits;
}
`);
    expect(r.set.changed).toBe(false);
    const reasons = r.set.skipped.map((s) => s.reason).join('\n');
    expect(reasons).toContain('3 times (Object.keys(HANDLERS))');
    expect(reasons).toContain('4 times (i < N)');
  });

  test('a key that does not change in the loop is one lookup', () => {
    const r = both(`export function f(clients: string[], features: string[]) {
  const out: string[] = [];
  for (const c of clients) if (features.includes('pkce')) out.push(c);
  return out;
}
`);
    expect(r.set.changed).toBe(false);
    expect(r.map.changed).toBe(false);
    expect(r.set.skipped[0].reason).toContain("the value looked up, 'pkce', is the same on every iteration");
  });

  test('a Set rebuilt per visited node in front of a loop over the node\'s own children', () => {
    const r = both(`export const plugin = {
  enter(node: { children: string[]; keep: string[] }) {
    return node.children.filter((c) => node.keep.includes(c));
  },
};
`);
    expect(r.set.changed).toBe(false);
    expect(r.set.skipped[0].reason).toMatch(/rebuilt on every call of enter\(…\) of an object literal, in front of a loop over node\.children/);
  });

  test('a large known k is rewritten, and the Change says why it pays', () => {
    const ids = Array.from({ length: 300 }, (_, i) => i).join(', ');
    const r = both(`export function f(seen: number[]) {
  return [${ids}].filter((id) => seen.includes(id));
}
`);
    expect(r.set.changes).toHaveLength(1);
    expect(r.set.changes[0].complexity).toMatchObject({ k: 300, pays: expect.stringContaining('300 lookups (an array literal) per build') });
  });

  test('an unknown k keeps the rewrite, saying that k is not known', () => {
    const r = both(`export function f(a: string[], b: string[]) {
  return a.filter((x) => b.includes(x));
}
`);
    expect(r.set.changes[0].complexity?.pays).toMatch(/number of lookups not known/);
  });
});
