/**
 * The lookup-index core (src/analysis/lookup-index): both Set/Map transforms give one answer per
 * site. Running nested-loop-to-set then array-lookup-to-map, the other way round, or `all` gives
 * byte-identical code on every fixture and every example.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { applyTransform } from '../src/engine/registry';
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
    const all = run('all', source);
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
