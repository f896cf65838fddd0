import { parseCheckLines, type CheckLine } from './harness/check-lines';
import { compileModule } from './harness/module-loader';
import { assertEquivalent } from './harness/property';

// Tests of the simulated async services (g.service) of the fixture harness: each difference a
// wrong await rewrite can make must be reported, and a correct rewrite must pass.

function checkOf(text: string): CheckLine {
  const [check] = parseCheckLines(`// @perfmod-check ${text}`);
  return check;
}

async function equivalence(beforeSource: string, afterSource: string, check: string): Promise<void> {
  await assertEquivalent({
    before: compileModule(beforeSource, 'before.js'),
    after: compileModule(afterSource, 'after.js'),
    check: checkOf(check),
    numRuns: 100,
  });
}

const sequential = `export async function load(api, id) {
  const a = await api.getA(id);
  const b = await api.getB(id);
  return [a, b];
}`;
const concurrent = `export async function load(api, id) {
  const [a, b] = await Promise.all([api.getA(id), api.getB(id)]);
  return [a, b];
}`;
const loopBefore = `export async function names(api, ids) {
  const out = [];
  for (const id of ids) out.push(await api.getName(id));
  return out;
}`;

test('independent awaits and their Promise.all agree on results and on the set of calls', async () => {
  await equivalence(sequential, concurrent, "load(g.service(['getA', 'getB']), g.int())");
  await equivalence(loopBefore, `export async function names(api, ids) {
  return Promise.all(ids.map((id) => api.getName(id)));
}`, "names(g.service(['getName']), g.array(g.int()))");
});

test('a call with other arguments (a dependence broken by the rewrite) is reported', async () => {
  const before = `export async function load(api, id) {
  const a = await api.getA(id);
  await api.getB(a);
  return 1;
}`;
  const wrong = `export async function load(api, id) {
  let a;
  await Promise.all([api.getA(id), api.getB(a)]);
  return 1;
}`;
  await expect(equivalence(before, wrong, "load(g.service(['getA', 'getB']), g.int())")).rejects.toThrow(/calls/);
});

test('results pushed in completion order instead of item order are reported (the delays vary)', async () => {
  const wrong = `export async function names(api, ids) {
  const out = [];
  await Promise.all(ids.map(async (id) => { out.push(await api.getName(id)); }));
  return out;
}`;
  await expect(equivalence(loopBefore, wrong, "names(g.service(['getName']), g.array(g.int()))")).rejects.toThrow(/not equivalent/);
});

test('with failures, Promise.all makes calls the sequence never made, and may throw another error', async () => {
  await expect(equivalence(sequential, concurrent, "load(g.service(['getA', 'getB'], { failPercent: 50 }), g.int())"))
    .rejects.toThrow(/not equivalent/);
});

test('a call left out, or made twice, is reported', async () => {
  const once = `export async function load(api, id) {
  const a = await api.getA(id);
  return [a, await api.getB(id)];
}`;
  const twice = `export async function load(api, id) {
  const a = await api.getA(id);
  await api.getA(id);
  return [a, await api.getB(id)];
}`;
  await expect(equivalence(once, twice, "load(g.service(['getA', 'getB']), g.int())")).rejects.toThrow(/calls/);
});
