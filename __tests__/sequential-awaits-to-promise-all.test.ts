import { applyTransform } from '../src/engine/registry';
import type { TransformOptions } from '../src/engine/types';
import { callFacts, dependenceReason, nameWords, orderingReason, orderingReceivers, criticalSection } from '../src/analysis/dependence';
import { makeParser } from '../src/engine/parse';
import { compileModule, exportedFunction } from './harness/module-loader';

// Decisions beyond the fixtures: the safety level, messages and reasons, the concurrency option,
// layout corners and the shared dependence analysis. Fixtures (executed on simulated services) are
// in __testfixtures__/sequential-awaits-to-promise-all.

const ID = 'sequential-awaits-to-promise-all';

function run(source: string, options: TransformOptions = {}, file = 'sample.ts') {
  return applyTransform(ID, source, { filePath: file, ...options });
}

const TWO = `export async function load(api: any, id: number) {
  const user = await api.getUser(id);
  const prefs = await api.getPrefs(id);
  return [user, prefs];
}
`;

const LOOP = `export async function names(api: any, ids: number[]) {
  const out: string[] = [];
  for (const id of ids) out.push(await api.getName(id));
  return out;
}
`;

describe('safety', () => {
  test('a rewrite of unknown calls is review, with the assumption about effects and rejection in words', () => {
    const result = run(TWO);
    expect(result.changes).toHaveLength(1);
    const [change] = result.changes;
    expect(change.safety).toBe('review');
    expect(change.message).toBe('2 awaits in a row (api.getUser(id), api.getPrefs(id)) now start together in one Promise.all instead of one after another.');
    expect(change.assumptions[0]).toMatch(/^api\.getUser\(id\) and api\.getPrefs\(id\) do not depend on each other's effects/);
    expect(change.assumptions[0]).toMatch(/start even if an earlier one rejects/);
  });

  test('--safety safe makes no rewrite and says why', () => {
    const result = run(TWO, { safety: 'safe' });
    expect(result.changed).toBe(false);
    expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/review/)]);
  });

  test('a loop over a collection of unknown size states that the concurrency is unbounded', () => {
    const [change] = run(LOOP).changes;
    expect(change.assumptions).toContain('ids is small enough to start one call per element at once (nothing bounds the concurrency; the concurrency option does)');
    const literal = run(LOOP.replace('for (const id of ids)', 'for (const id of [1, 2, 3])')).changes[0];
    expect(literal.assumptions.some((a) => a.includes('small enough'))).toBe(false);
  });
});

describe('the concurrency option', () => {
  const options = { config: { [ID]: { concurrency: 2 } } };

  test('bounds the loop with one helper per file, and the bounded code runs the same with at most 2 calls in flight', async () => {
    const source = LOOP + LOOP.replace('names', 'others');
    const result = run(source, options);
    expect(result.changes).toHaveLength(2);
    expect(result.code.match(/async function mapConcurrent</g)).toHaveLength(1);
    expect(result.code).toContain('out.push(...(await mapConcurrent(ids, 2, (id) => api.getName(id))));');
    expect(result.changes[0].assumptions.some((a) => a.includes('small enough'))).toBe(false);
    expect(run(result.code, options).changed).toBe(false);

    let inFlight = 0;
    let most = 0;
    const api = {
      getName: async (id: number) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, (id * 7) % 3));
        inFlight--;
        return `name ${id}`;
      },
    };
    const ids = [5, 1, 4, 2, 3, 9, 0];
    const before = exportedFunction(compileModule(source, 'before.ts').instantiate(), 'names', 'before.ts');
    const after = exportedFunction(compileModule(result.code, 'after.ts').instantiate(), 'names', 'after.ts');
    const expected = await before(api, ids);
    most = 0;
    await expect(after(api, ids)).resolves.toEqual(expected);
    expect(most).toBe(2);
  });

  test('a file that already imports p-limit uses it instead of the helper', () => {
    const source = `import pLimit from 'p-limit';\n${LOOP}`;
    const result = run(source, options);
    expect(result.code).toContain('const limit = pLimit(2);\n  out.push(...(await Promise.all(ids.map((id) => limit(() => api.getName(id))))));');
    expect(result.code).not.toContain('mapConcurrent');
    expect(run(result.code, options).changed).toBe(false);
  });

  test('JavaScript files get an untyped helper', () => {
    const result = run(LOOP.replace(': any', '').replace(': number[]', '').replace(': string[]', ''), options, 'sample.js');
    expect(result.code).toContain('async function mapConcurrent(items, limit, fn) {');
  });
});

describe('reasons for what is left alone', () => {
  const reasons = (source: string) => run(source).skipped.map((s) => s.reason);

  test('data dependence, ordering words, receivers and critical sections', () => {
    expect(reasons(TWO.replace('getPrefs(id)', 'getPrefs(user)'))).toEqual(['api.getPrefs(user) reads user, which the await before it sets']);
    expect(reasons(TWO.replace('getPrefs', 'sendPrefs'))).toEqual(['api.getUser() is on api, which also has a call whose order matters (that call\'s name contains "send")']);
    expect(reasons(TWO.replace('api.getPrefs', 'prefs.sendPrefs'))).toEqual(['prefs.sendPrefs() may have effects whose order matters (its name contains "send")']);
    expect(reasons('export async function f(db: any) {\n  const a = await db.get(1);\n  const b = await db.get(2);\n  await db.commit();\n  return [a, b];\n}\n'))
      .toContain('the function calls db.commit() (a lock or a transaction): its awaits keep their order');
  });

  test('loops: carried state, for await, while', () => {
    expect(reasons('export async function f(api: any, ids: number[]) {\n  let last = 0;\n  for (const id of ids) last = await api.after(last, id);\n  return last;\n}\n'))
      .toEqual([expect.stringContaining('state carried to the next iteration')]);
    expect(reasons('export async function f(api: any) {\n  for await (const x of api.items()) console.log(x);\n}\n'))
      .toEqual([expect.stringContaining('for await')]);
  });
});

describe('layout', () => {
  test('a file without semicolons gets none, and assignments use a declaration instead of a line starting with [', () => {
    const source = 'export async function f(api) {\n  let a, b\n  const x = 1\n  a = await api.getA(x)\n  b = await api.getB(x)\n  return [a, b]\n}\n';
    const result = run(source, {}, 'sample.js');
    expect(result.code).toContain('const [a2, b2] = await Promise.all([api.getA(x), api.getB(x)])\n  a = a2\n  b = b2\n');
    expect(result.code).not.toMatch(/;\n/);
  });

  test('comments of the joined statements stay above the new one', () => {
    const result = run('export async function f(api: any) {\n  // the user\n  const a = await api.getA();\n  // the prefs\n  const b = await api.getB();\n  return [a, b];\n}\n');
    expect(result.code).toContain('  // the user\n  // the prefs\n  const [a, b] = await Promise.all([api.getA(), api.getB()]);');
  });

  test('every output parses and a second pass changes nothing', () => {
    for (const source of [TWO, LOOP]) {
      const once = run(source).code;
      makeParser('ts').parse(once);
      expect(run(once).code).toBe(once);
    }
  });
});

describe('dependence analysis (src/analysis/dependence.ts)', () => {
  const parse = (code: string) => makeParser('ts').parse(code) as { program: { body: any[] } };
  const callIn = (code: string) => parse(code).program.body[0].expression;

  test('name words split camelCase, snake_case and acronyms', () => {
    expect(nameWords('fetchUserById')).toEqual(['fetch', 'user', 'by', 'id']);
    expect(nameWords('send_email')).toEqual(['send', 'email']);
    expect(nameWords('HTTPClient')).toEqual(['http', 'client']);
  });

  test('calls whose name or receiver announces an ordered effect, and calls on the same receiver as one', () => {
    expect(callFacts(callIn('db.insertRow(x)')).orderingWord).toBe('its name contains "insert"');
    expect(callFacts(callIn('logger.info(x)')).orderingWord).toBe('its receiver logger contains "logger"');
    expect(callFacts(callIn('api.getUser(x)')).orderingWord).toBeNull();
    const region = parse('async function f() { await db.insert(x); await db.count(); }').program.body[0];
    const receivers = orderingReceivers(region);
    expect(orderingReason(callIn('db.count()'), receivers)).toMatch(/is on db, which also has a call whose order matters/);
    expect(orderingReason(callIn('other.count()'), receivers)).toBeNull();
    expect(criticalSection(parse('async function f() { await lock.acquire(); }').program.body[0])).toBe('lock.acquire()');
  });

  test('dependence between two steps: data, anti-dependence of targets, closures, receiver state', () => {
    const facts = (over: object) => ({
      code: { reads: new Set<string>(), writes: new Set<string>(), memberReads: [], receivers: [], closureWrites: new Set<string>(), closureReads: new Set<string>(), suspends: false, thisWrites: new Set<string>(), thisReads: new Set<string>(), objectArguments: new Set<string>() },
      binds: new Set<string>(), memberTargets: new Set<string>(), label: 'g()', ...over,
    });
    const a = facts({ binds: new Set(['user']), label: 'f()' });
    expect(dependenceReason(a, facts({ code: { ...facts({}).code, reads: new Set(['user']) } }))).toBe('g() reads user, which the await before it sets');
    expect(dependenceReason(a, facts({}))).toBeNull();
    expect(dependenceReason(facts({ targetReads: new Set(['k']), label: 'f()' }), facts({ binds: new Set(['k']) }))).toMatch(/sets k, which the assignment target before it reads/);
    expect(dependenceReason(facts({ code: { ...facts({}).code, receivers: ['this'] }, label: 'this.prepare()' }), facts({ code: { ...facts({}).code, memberReads: ['this.client'] } })))
      .toBe('g() reads this.client, which this.prepare() may change (a method of this)');
  });
});
