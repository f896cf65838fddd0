import type { TransformResult } from '../../src/engine/types';
import { runDbSuite } from '../../bench/lib/db-runner';
import { QUICK_MEASURE } from '../../bench/lib/measure';
import type { ApplyFn } from '../../bench/lib/runner';
import suite from '../../bench/n-plus-one-to-batch.bench';
import type { DbBenchSuite } from '../../bench/lib/db-types';

// The database benchmark runner with fake transforms, on the SQLite clients (fast; the real
// transform and PGlite are exercised by `npm run bench -- n-plus-one-to-batch`).

function textTransform(rewrite: (source: string) => string): ApplyFn {
  return (id, source): TransformResult => {
    const code = rewrite(source);
    const changed = code !== source;
    return { code, changed, skipped: [], errors: [], changes: changed ? [{ id: 'fake', transform: id, line: 1, column: 1, safety: 'review', message: 'fake', assumptions: ['fake'] }] : [] };
  };
}

const SINGLE = "    post.author = await db.users.findOneBy({ id: post.authorId });\n";
const batched = (missing: string) => textTransform((s) => s.replace(
  `  for (const post of posts) {\n${SINGLE}  }`,
  "  const keys = [...new Set(posts.map((p) => p.authorId))];\n"
  + "  const rows = keys.length === 0 ? [] : await db.users.findBy({ id: (require('typeorm') as typeof import('typeorm')).In(keys) });\n"
  + '  const byId = new Map(rows.map((r) => [r.id, r]));\n'
  + `  for (const post of posts) post.author = byId.get(post.authorId) ${missing};`,
));

const typeormCase = suite.cases.find((c) => c.name === 'typeorm/author-by-id')!;
const one: DbBenchSuite = { transform: suite.transform, kind: 'db', cases: [typeormCase] };
const quiet = { quick: true, measure: QUICK_MEASURE, log: () => undefined };

describe('database bench runner', () => {
  test('times a correct rewrite and records the queries of each side', async () => {
    const report = await runDbSuite(one, { ...quiet, sizes: [10, 40], apply: batched('?? null') });
    expect(report.failures).toEqual([]);
    expect(report.rows.map((r) => [r.n, r.orm, r.engine, r.queriesBefore, r.queriesAfter])).toEqual([
      [10, 'typeorm', 'sqlite', 10, 1],
      [40, 'typeorm', 'sqlite', 40, 1],
    ]);
    for (const row of report.rows) expect(row.beforeHz! > 0 && row.afterHz > 0).toBe(true);
    expect(report.table).toMatch(/typeorm\/author-by-id\s+sqlite\s+40\s+40 -> 1/);
  });

  test('fails when after differs from before (plain copies where the repository gives User entities)', async () => {
    // Every benchmark key exists, so the wrong rewrite differs on the rows themselves.
    const plain = textTransform((s) => batched('?? null')('', s, {}).code.replace('byId.get(post.authorId) ?? null', '({ ...byId.get(post.authorId) })'));
    const report = await runDbSuite(one, { ...quiet, sizes: [10], apply: plain });
    expect(report.failures).toEqual([expect.stringMatching(/typeorm\/author-by-id: n = 10: before and after differ: result\[0\]\.author: prototype User vs Object/)]);
  });

  test('fails when the transform makes no change', async () => {
    const report = await runDbSuite(one, { ...quiet, sizes: [10], apply: textTransform((s) => s) });
    expect(report.failures).toEqual([expect.stringMatching(/the transform made no change .* proves nothing/)]);
  });
});
