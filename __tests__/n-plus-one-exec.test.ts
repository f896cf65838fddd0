import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyTransform } from '../src/engine/registry';
import { discoverFixtures, type FixtureCase } from './harness/fixtures';
import { MONGOOSE_ENGINE } from './harness/orm/mongoose';
import { assertPairEquivalent, assertRuns, loadEntry, parseHeader } from './harness/orm/exec';
import { openOrm, ORM_NAMES, type OrmHarness, type OrmName } from './harness/orm';
import type { FixtureHeader } from './harness/orm/header';

// Every `__testfixtures__/n-plus-one-to-batch/` case, executed on the real ORM packages: the input
// and the transform's output (made now, by applyTransform) run on the same generated rows and
// items, on a fresh database each, and must agree (result, error, items, rows) with the query
// counts of the header. One client per ORM for the whole file, rows replaced between runs.
// The format is __testfixtures__/n-plus-one-to-batch/README.md; the harness is __tests__/harness/orm/.

const TRANSFORM = 'n-plus-one-to-batch';
const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, '__testfixtures__', TRANSFORM);
const SELF_TEST = path.join(__dirname, 'harness', 'orm', 'self-test');

interface ExecCase {
  fixture: FixtureCase;
  source: string;
  header?: FixtureHeader;
  headerError?: string;
}

function loadCases(): ExecCase[] {
  const folder = discoverFixtures(path.dirname(FIXTURES)).find((f) => f.transform === TRANSFORM);
  return (folder?.cases ?? []).map((fixture) => {
    const source = fs.readFileSync(fixture.inputPath, 'utf8');
    try {
      return { fixture, source, header: parseHeader(source) };
    } catch (error) {
      return { fixture, source, headerError: (error as Error).message };
    }
  });
}

function transformConfig(): Record<string, Record<string, unknown>> | undefined {
  const file = path.join(FIXTURES, 'perfmod.config.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

const cases = loadCases();
const rel = (file: string) => path.relative(ROOT, file);

function engineLabel(orm: OrmName): string {
  return orm === 'mongoose' ? `real mongoose package over an ${MONGOOSE_ENGINE}` : 'SQLite';
}

test('every n-plus-one-to-batch fixture has a valid header', () => {
  const problems = cases.filter((c) => c.headerError).map((c) => `${rel(c.fixture.inputPath)}: ${c.headerError}`);
  problems.push(...cases.filter((c) => c.header && c.fixture.kind === 'positive' && !c.header.queries)
    .map((c) => `${rel(c.fixture.inputPath)}: a positive case needs a '// queries:' line`));
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

for (const orm of ORM_NAMES) {
  const mine = cases.filter((c) => c.header?.orm === orm);
  const selfTests = fs.readdirSync(SELF_TEST).some((f) => f.startsWith(`${orm}-`) && f.endsWith('.before.js'));
  if (mine.length === 0 && !selfTests) continue;
  describe(`${orm} on ${engineLabel(orm)}`, () => {
    let harness: OrmHarness;
    beforeAll(async () => {
      harness = await openOrm(orm);
    });
    afterAll(async () => {
      await harness?.close();
    });

    for (const c of mine) {
      const { fixture, header } = c;
      const name = `${fixture.name}.${fixture.ext}`;
      if (fixture.kind === 'positive') {
        test(`${name}: input and the transform's output agree on the real client; queries ${header!.queries!.before} -> ${header!.queries!.after}`, async () => {
          const result = applyTransform(TRANSFORM, c.source, { filePath: fixture.inputPath, config: transformConfig() });
          expect(result.errors).toEqual([]);
          expect(result.changed).toBe(true);
          const before = loadEntry(c.source, fixture.inputPath);
          const outputs = [{ label: 'output', code: result.code }];
          const untyped = applyTransform(TRANSFORM, c.source, { filePath: fixture.inputPath, config: transformConfig(), types: false });
          if (untyped.changed && untyped.code !== result.code) outputs.push({ label: 'output (types off)', code: untyped.code });
          for (const output of outputs) {
            const afterPath = fixture.inputPath.replace(/\.input\./, `.${output.label.replace(/\W+/g, '-')}.`);
            await assertPairEquivalent({
              harness, header: header!, before, after: loadEntry(output.code, afterPath), label: `${rel(fixture.inputPath)} (${output.label})`,
            });
          }
        });
      } else {
        test(`${name} (trap): runs on the real client`, async () => {
          await assertRuns(harness, loadEntry(c.source, fixture.inputPath), header!, rel(fixture.inputPath));
        });
        // The trap's own transform leaves it alone (fixtures.test.ts); another one may not, as `all` runs.
        const underAll = applyTransform('all', c.source, { filePath: fixture.inputPath, config: transformConfig() });
        if (underAll.changed) {
          const by = [...new Set(underAll.changes.map((change) => change.transform))].join(', ');
          test(`${name} (trap): rewritten under all by ${by}, input and output agree on the real client`, async () => {
            expect(underAll.changes.some((change) => change.transform === TRANSFORM)).toBe(false);
            await assertPairEquivalent({
              harness, header: header!, before: loadEntry(c.source, fixture.inputPath),
              after: loadEntry(underAll.code, fixture.inputPath.replace(/\.input\./, '.all.')), label: `${rel(fixture.inputPath)} (all)`,
            });
          });
        }
      }
    }

    if (selfTests) describeSelfTests(orm, () => harness);
  });
}

/**
 * The harness must be able to fail: hand-written correct rewrites pass, wrong ones (rows zipped
 * by position, undefined for a missing row, another error class, too many queries) are caught.
 */
function describeSelfTests(orm: OrmName, harness: () => OrmHarness): void {
  const files = fs.readdirSync(SELF_TEST).filter((f) => f.startsWith(`${orm}-`) && f.endsWith('.before.js'));
  for (const beforeFile of files) {
    const stem = beforeFile.replace(/\.before\.js$/, '');
    const beforePath = path.join(SELF_TEST, beforeFile);
    const source = fs.readFileSync(beforePath, 'utf8');
    const header = parseHeader(source);
    const variants = fs.readdirSync(SELF_TEST).filter((f) => f.startsWith(`${stem}.`) && f !== beforeFile).sort();
    for (const variant of variants) {
      const wrong = variant.includes('.wrong-');
      test(`harness self-test: ${stem} ${variant.replace(`${stem}.`, '').replace(/\.js$/, '')} is ${wrong ? 'caught' : 'accepted'}`, async () => {
        const variantPath = path.join(SELF_TEST, variant);
        const variantSource = fs.readFileSync(variantPath, 'utf8');
        const check = assertPairEquivalent({
          harness: harness(), header, label: `${stem} vs ${variant}`,
          before: loadEntry(source, beforePath),
          after: loadEntry(variantSource, variantPath),
        });
        // A wrong rewrite names what the harness must report: `// caught: <text of the difference>`.
        const caught = /^\/\/ caught: (.+)$/m.exec(variantSource)?.[1];
        if (wrong && !caught) throw new Error(`${variant}: a wrong rewrite needs a '// caught:' line`);
        if (wrong) await expect(check).rejects.toThrow(caught);
        else await check;
      });
    }
  }
}
