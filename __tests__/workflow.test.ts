import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findCulprits } from '../src/workflow/bisect';
import { firstLines } from '../src/workflow/command';
import { CommandFailedError, runWorkflow, type WorkflowResult } from '../src/workflow/run-workflow';
import { renderReport } from '../src/report';
import { BIN, buildIfStale, cpuProfileInto, LOOKUPS_JS, lookupsWorkload, read, tempDir, write, wrongMinTransform } from './workflow/apps';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Three files: good membership rewrites everywhere, wrong Math.min rewrites in two of them. */
function appWithBreakingRewrites(): void {
  write(dir, 'src/a.js', `function shared(a, b) {\n  return a.filter((x) => b.includes(x));\n}\nmodule.exports = { shared };\n`);
  write(dir, 'src/b.js', `function lowest(xs) {\n  return Math.min(...xs);\n}\nfunction missing(a, b) {\n  return a.filter((x) => !b.includes(x));\n}\nmodule.exports = { lowest, missing };\n`);
  write(dir, 'src/c.js', `function floor(xs) {\n  return Math.min(...xs) - 1;\n}\nmodule.exports = { floor };\n`);
  write(dir, 'test.js', `const assert = require('assert');
const { shared } = require('./src/a');
const { lowest, missing } = require('./src/b');
const { floor } = require('./src/c');
assert.deepStrictEqual(shared([1, 2, 3], [3, 1]), [1, 3]);
assert.deepStrictEqual(missing([1, 2, 3], [3, 1]), [2]);
assert.strictEqual(lowest([5, 2, 9]), 2, 'lowest of an unsorted list');
assert.strictEqual(floor([5, 2, 9]), 1, 'floor of an unsorted list');
`);
}

const TRANSFORMS = ['nested-loop-to-set', wrongMinTransform];

describe('--verify', () => {
  test('bisection finds and reverts exactly the breaking rewrites; the good ones stay, verified', async () => {
    appWithBreakingRewrites();
    const result = await runWorkflow({ transforms: TRANSFORMS, paths: ['src'], cwd: dir, types: false, verify: 'node test.js' });
    const byTransform = (id: string) => result.changes.filter((c) => c.transform === id);
    expect(byTransform('test-wrong-min').map((c) => c.verify)).toEqual(['reverted', 'reverted']);
    expect(byTransform('nested-loop-to-set').map((c) => c.verify)).toEqual(['verified', 'verified']);
    for (const c of byTransform('test-wrong-min')) expect(c.reverted).toMatch(/`node test.js` fails with this change:\n[\s\S]*(lowest|floor) of an unsorted list/);
    expect(read(dir, 'src/a.js')).toContain('new Set(b)');
    expect(read(dir, 'src/b.js')).toContain('Math.min(...xs)');
    expect(read(dir, 'src/b.js')).toContain('new Set(b)');
    expect(read(dir, 'src/c.js')).toContain('Math.min(...xs)');
    expect(spawnSync(process.execPath, ['test.js'], { cwd: dir }).status).toBe(0);
    expect(result.workflow.verify).toMatchObject({ command: 'node test.js', final: 'passed' });
    expect(result.workflow.verify!.reverted).toHaveLength(2);
    expect(result.state).toBe('rewritten');
    expect(result.filesChanged).toBe(2);
  });

  test('a command that fails on the untouched tree: CommandFailedError (exit 4), nothing written', async () => {
    appWithBreakingRewrites();
    write(dir, 'fail.js', `console.log('setting up'); console.error('boom: database not reachable'); process.exit(3);\n`);
    const before = read(dir, 'src/a.js');
    const run = runWorkflow({ transforms: TRANSFORMS, paths: ['src'], cwd: dir, types: false, verify: 'node fail.js' });
    await expect(run).rejects.toThrow(CommandFailedError);
    await run.catch((e: CommandFailedError) => {
      expect(e.message).toMatch(/--verify command `node fail.js` failed on the untouched tree \(exit 3\); nothing was written/);
      expect(e.tail).toContain('boom: database not reachable');
    });
    expect(read(dir, 'src/a.js')).toBe(before);
  });

  test('--dry: the whole loop runs, the files stay as they were, the diff shows what would be kept', async () => {
    appWithBreakingRewrites();
    const before = ['a', 'b', 'c'].map((f) => read(dir, `src/${f}.js`));
    // The command also "builds" (copies the sources): after the run, what it built matches the sources.
    write(dir, 'build.js', `require('fs').mkdirSync('out', { recursive: true }); require('fs').copyFileSync('src/a.js', 'out/a.js');\n`);
    const result = await runWorkflow({ transforms: TRANSFORMS, paths: ['src'], cwd: dir, types: false, verify: 'node build.js && node test.js', dry: true });
    expect(['a', 'b', 'c'].map((f) => read(dir, `src/${f}.js`))).toEqual(before);
    expect(read(dir, 'out/a.js')).toBe(before[0]);
    expect(result.dry).toBe(true);
    expect(result.state).toBe('original');
    const diff = result.diffs.map((d) => d.diff).join('');
    expect(diff).toContain('+  return a.filter((x) => bSet.has(x));');
    expect(diff).not.toContain('xs[0]');
    expect(result.diffs.map((d) => d.file)).toEqual(['src/a.js', 'src/b.js']);
  });
});

describe('never losing code', () => {
  test('a crash after the rewrites were written restores the originals and removes the signal handlers', async () => {
    appWithBreakingRewrites();
    const before = read(dir, 'src/a.js');
    const listeners = process.listenerCount('SIGINT');
    const say = (line: string) => {
      if (/with \d+ rewrites/.test(line)) {
        expect(read(dir, 'src/a.js')).not.toBe(before); // written at this point
        throw new Error('simulated crash');
      }
    };
    await expect(runWorkflow({ transforms: TRANSFORMS, paths: ['src'], cwd: dir, types: false, verify: 'node test.js', say })).rejects.toThrow('simulated crash');
    expect(read(dir, 'src/a.js')).toBe(before);
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });
});

describe('findCulprits (delta debugging over ids)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  test('one culprit, two independent culprits, and a pair that only fails together', async () => {
    let runs = 0;
    const failsWith = (bad: (s: readonly string[]) => boolean) => async (s: readonly string[]) => {
      runs++;
      return bad(s);
    };
    expect(await findCulprits(ids, failsWith((s) => s.includes('f')))).toEqual({ culprits: [['f']], kept: ids.filter((i) => i !== 'f') });
    expect(runs).toBeLessThanOrEqual(8);
    const two = await findCulprits(ids, failsWith((s) => s.includes('b') || s.includes('g')));
    expect(two.culprits.flat().sort()).toEqual(['b', 'g']);
    const pair = await findCulprits(ids, failsWith((s) => s.includes('c') && s.includes('h')));
    expect(pair.culprits).toEqual([['c', 'h']]);
    expect(pair.kept).toEqual(['a', 'b', 'd', 'e', 'f', 'g']);
    expect(await findCulprits(ids, failsWith(() => false))).toEqual({ culprits: [], kept: ids });
  });
});

describe('--measure', () => {
  function lookupsApp(size: number, rounds: number): void {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'bench.js', lookupsWorkload('./lookups', size, rounds));
  }

  test('a workload the rewrite speeds up: measured before/after, kept', async () => {
    lookupsApp(8000, 4);
    const result = await runWorkflow({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, measure: 'node bench.js', runs: 2, minSpeedup: 1.5 });
    const m = result.workflow.measure!;
    expect(m).toMatchObject({ command: 'node bench.js', runs: 2, reverted: 0 });
    expect(m.beforeMs).toHaveLength(2);
    expect(m.afterMs).toHaveLength(2);
    expect(m.speedup).toBeGreaterThanOrEqual(1.5);
    expect(read(dir, 'lookups.js')).toContain('new Set(b)');
    expect(renderReport('text', result)).toMatch(/measured: \d+ ms -> \d+ ms \(\d+(\.\d+)?x\), 2 runs each/);
    const json = JSON.parse(renderReport('json', result));
    expect(Object.keys(json.measure)).toEqual(expect.arrayContaining(['command', 'runs', 'beforeMs', 'afterMs', 'speedup']));
    expect(renderReport('markdown', result)).toMatch(/\| median \| \d+ ms \| \d+ ms \|/);
  });

  test('a workload the rewrite does not speed up (tiny lists): below --min-speedup, reverted', async () => {
    lookupsApp(3, 1);
    const before = read(dir, 'lookups.js');
    const result = await runWorkflow({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, measure: 'node bench.js', runs: 2, minSpeedup: 2 });
    const m = result.workflow.measure!;
    expect(m.speedup).toBeLessThan(2);
    expect(m.reverted).toBe(2);
    expect(read(dir, 'lookups.js')).toBe(before);
    expect(result.state).toBe('original');
    expect(result.changes.every((c) => /^no measured gain: [\d.]+x < 2x$/.test(c.reverted ?? ''))).toBe(true);
    expect(renderReport('text', result)).toMatch(/no measured gain: [\d.]+x < 2x, 2 rewrites reverted/);
  });

  test('--measure-each keeps the change that pays alone and reverts the one that does not', async () => {
    lookupsApp(8000, 4);
    const result = await runWorkflow({
      transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, measure: 'node bench.js', runs: 2, minSpeedup: 2, measureEach: true,
    });
    const each = result.workflow.measure!.each!;
    // The timings are in the failure message when this does not hold.
    expect(each).toMatchObject([{ kept: true }, { kept: false }]);
    const code = read(dir, 'lookups.js');
    expect(code).toContain('bSet.has(x)');
    expect(code).toContain('return a.filter((x) => b.includes(x));'); // the cold function
    expect(result.changes.find((c) => c.line === 6)!.reverted).toMatch(/^no measured gain alone: /);
  });

  test('--measure-each with nothing that pays: every change reverted, the record names the change it shows', async () => {
    lookupsApp(3, 1);
    const result = await runWorkflow({
      transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, measure: 'node bench.js', runs: 1, minSpeedup: 50, measureEach: true,
    });
    const m = result.workflow.measure!;
    expect(m.each!.map((e) => e.kept)).toEqual([false, false]);
    expect(m.alone).toBeDefined();
    expect(m.each!.map((e) => e.id)).toContain(m.alone);
    expect(m.reverted).toBe(2);
    expect(read(dir, 'lookups.js')).toBe(LOOKUPS_JS);
    expect(renderReport('text', result)).toMatch(/measured \(the best change alone, [0-9a-f]{10}\): /);
    expect(renderReport('markdown', result)).toMatch(/\| `[0-9a-f]{10}` \| `lookups.js:2:26` \| — \| reverted: no measured gain alone: [\d.]+x < 50x \|/);
  });

  test('a measure command that fails on the untouched tree: exit 4 and the files are restored', async () => {
    lookupsApp(10, 1);
    const before = read(dir, 'lookups.js');
    await expect(runWorkflow({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, measure: 'node missing.js', runs: 1 })).rejects.toThrow(
      /--measure command `node missing.js` failed on the untouched tree/,
    );
    expect(read(dir, 'lookups.js')).toBe(before);
  });
});

describe('--profile-run', () => {
  test('child node processes are profiled too; only the hot candidate is rewritten', async () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'bench.js', lookupsWorkload('./lookups', 3000, 6));
    // The command itself does nothing hot: the work happens in a child process.
    write(dir, 'parent.js', `require('child_process').execFileSync(process.execPath, ['bench.js'], { stdio: 'inherit' });\n`);
    const result: WorkflowResult = await runWorkflow({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, profileRun: 'node parent.js' });
    expect(result.workflow.profile!.profiles).toBeGreaterThanOrEqual(2);
    expect(result.workflow.profile!.cold).toBe(1);
    expect(result.changes.map((c) => c.line)).toEqual([2]);
    expect(result.changes[0].profile!.share).toBeGreaterThan(0.3);
    expect(read(dir, 'lookups.js')).toContain('bSet.has(x)');
    expect(read(dir, 'lookups.js')).toContain('return a.filter((x) => b.includes(x));');
  });

  test('changes are ordered by share, hottest first, whatever their position', async () => {
    // The cold function comes first in the file.
    write(dir, 'lookups.js', LOOKUPS_JS.replace('hotCommon(a, b)', 'tmp(a, b)').replace('coldCommon(a, b)', 'hotCommon(a, b)').replace('tmp(a, b)', 'coldCommon(a, b)'));
    write(dir, 'bench.js', lookupsWorkload('./lookups', 3000, 6));
    const result = await runWorkflow({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, profileRun: 'node bench.js', minShare: 0, dry: true });
    expect(result.changes.map((c) => c.line)).toEqual([6, 2]);
    expect(result.changes[0].profile!.share).toBeGreaterThan(result.changes[1].profile!.share);
  });

  test('TypeScript that ran compiled in memory (ts-jest, tsx) is named in a warning', async () => {
    write(dir, 'src/a.ts', 'export function f(a: number[], b: number[]) {\n  return a.filter((x) => b.includes(x));\n}\n');
    const frame = (id: number, functionName: string, url: string, lineNumber: number, children: number[] = []) => ({ id, callFrame: { functionName, url, lineNumber, columnNumber: 0 }, children });
    const profile = { nodes: [frame(1, '(root)', '', -1, [2]), frame(2, 'f', `file://${dir}/src/a.ts`, 1)], samples: [2, 2, 2] };
    write(dir, 'prof/a.cpuprofile', JSON.stringify(profile));
    const lines: string[] = [];
    const result = await runWorkflow({ transforms: 'nested-loop-to-set', paths: ['src'], cwd: dir, types: false, profile: ['prof'], dry: true, say: (l) => lines.push(l) });
    expect(result.workflow.profile!.inMemory).toEqual(['src/a.ts']);
    expect(lines.join('\n')).toMatch(/warning: the profile ran src\/a.ts compiled in memory \(ts-jest, tsx, ts-node\)/);
    expect(renderReport('text', result)).toContain('warning: compiled in memory, positions may be off: src/a.ts');
  });

  test('a failing profile command: exit 4, nothing written', async () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    await expect(runWorkflow({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, types: false, profileRun: 'node -e "process.exit(2)"' })).rejects.toThrow(CommandFailedError);
    expect(read(dir, 'lookups.js')).toBe(LOOKUPS_JS);
  });
});

describe('the command line', () => {
  beforeAll(() => buildIfStale(), 120_000);
  const perfmod = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args, '--no-types'], { cwd: dir, encoding: 'utf8' });

  test('a dry loop prints the diff on stdout and what it measured and kept on stderr', () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'bench.js', lookupsWorkload('./lookups', 3, 1));
    const r = perfmod('all', 'lookups.js', '--measure', 'node bench.js', '--runs', '1', '--min-speedup', '50', '--dry');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(''); // nothing would be kept
    expect(r.stderr).toMatch(/lookups.js:2:26: \[reverted\] nested-loop-to-set: .*(\n\s+assumes: .*)*\n\s+reverted: no measured gain: [\d.]+x < 50x/);
    expect(r.stderr).toMatch(/no measured gain: [\d.]+x < 50x, 2 rewrites reverted/);
    expect(read(dir, 'lookups.js')).toBe(LOOKUPS_JS);
  });

  test('exit code 4 with the tail of the failing output', () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'fail.js', `console.error('first'); console.error('the reason it failed'); process.exit(1);\n`);
    const r = perfmod('all', 'lookups.js', '--verify', 'node fail.js');
    expect(r.status).toBe(4);
    expect(r.stderr).toContain('--verify command `node fail.js` failed on the untouched tree (exit 1); nothing was written');
    expect(r.stderr).toContain('the reason it failed');
    expect(read(dir, 'lookups.js')).toBe(LOOKUPS_JS);
  });

  test('--profile, --verify and --measure together; the text report says what was kept', () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'bench.js', lookupsWorkload('./lookups', 3000, 6));
    write(dir, 'test.js', `const { hotCommon, coldCommon } = require('./lookups');\nif (hotCommon([1, 2], [2]).join() !== '2' || coldCommon([1], [1]).join() !== '1') process.exit(1);\n`);
    const r = perfmod('all', 'lookups.js', '--profile-run', 'node bench.js', '--verify', 'node test.js', '--measure', 'node bench.js', '--runs', '2', '--min-speedup', '1.01');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/lookups.js:2:26: \[review\] nested-loop-to-set: .* \(\d+(\.\d+)?% of samples\) \(id [0-9a-f]{10}\)/);
    expect(r.stdout).toMatch(/profile: 1 profile of `node bench.js`, \d+ samples; 1 cold candidate left alone \(below 1%\)/);
    expect(r.stdout).toMatch(/verify: `node test.js` passes on the final tree \(\d runs\)/);
    expect(r.stdout).toMatch(/measured: \d+ ms -> \d+ ms/);
    expect(r.stderr).toMatch(/the files have the 1 kept rewrite, and `node test.js` passes on them/);
  });

  test('--profile FOLDER: json and sarif reports carry the shares and the profile record', () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'bench.js', lookupsWorkload('./lookups', 3000, 6));
    cpuProfileInto(dir, 'bench.js', 'prof');
    const json = JSON.parse(perfmod('all', 'lookups.js', '--profile', 'prof', '--dry', '--report', 'json').stdout);
    expect(json.changes).toHaveLength(1);
    expect(json.changes[0].profile.share).toBeGreaterThan(0.3);
    expect(json.profile).toMatchObject({ profiles: 1, minShare: 0.01, cold: 1 });
    const sarif = JSON.parse(perfmod('all', 'lookups.js', '--profile', 'prof', '--dry', '--report', 'sarif').stdout);
    expect(sarif.runs[0].results[0].properties.profile.share).toBeGreaterThan(0.3);
    expect(sarif.runs[0].properties.profile.profiles).toBe(1);
    expect(read(dir, 'lookups.js')).toBe(LOOKUPS_JS);
  });

  test('hotspots: the hottest lines, and whether a transform has a candidate there', () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'bench.js', lookupsWorkload('./lookups', 3000, 6));
    const r = perfmod('hotspots', '--profile-run', 'node bench.js', 'lookups.js');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ samples; hottest lines/);
    expect(r.stdout).toMatch(/\d+%\s+\d+\s+lookups.js:2\s+return a.filter\(\(x\) => b.includes\(x\)\);\n\s+nested-loop-to-set: rewrite \(review\) \(id [0-9a-f]{10}\)/);
    expect(r.stdout).toMatch(/lookups.js:1\s+function hotCommon\(a, b\) \{\n\s+no transform has a candidate here/);
    expect(r.stdout).not.toContain('lookups.js:6');
  });

  test('usage errors: flags that need another flag, bad numbers', () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    expect(perfmod('all', 'lookups.js', '--runs', '3').stderr).toMatch(/--runs, --min-speedup and --measure-each need --measure/);
    expect(perfmod('all', 'lookups.js', '--measure', 'x', '--runs', '0').status).toBe(2);
    expect(perfmod('all', 'lookups.js', '--profile', 'p.cpuprofile', '--min-share', '2').stderr).toMatch(/--min-share expects a number from 0 to 1/);
    expect(perfmod('all', 'lookups.js', '--profile', 'missing.cpuprofile').stderr).toMatch(/missing.cpuprofile: no such profile/);
    expect(perfmod('hotspots', 'lookups.js').status).toBe(2);
  });

  test('an interrupt while --profile-run runs stops the command too (it has its own process group)', async () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'hang.js', `require('fs').writeFileSync('pid', String(process.pid)); setTimeout(() => {}, 20000);\n`);
    const child = spawn(process.execPath, [BIN, 'all', 'lookups.js', '--no-types', '--profile-run', 'node hang.js'], { cwd: dir });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 200 && !fs.existsSync(path.join(dir, 'pid')); i++) await new Promise((r) => setTimeout(r, 50));
    const pid = Number(read(dir, 'pid'));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    let alive = true;
    for (let i = 0; i < 40 && alive; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        process.kill(pid, 0);
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
    expect(read(dir, 'lookups.js')).toBe(LOOKUPS_JS);
  });

  test('an interrupt while the command runs puts the originals back and says so', async () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    // Passes at once on the untouched tree; hangs on the rewritten one, where perfmod is interrupted.
    write(dir, 'slow-test.js', `if (require('fs').readFileSync(__dirname + '/lookups.js', 'utf8').includes('Set')) setTimeout(() => {}, 20000);\n`);
    const child = spawn(process.execPath, [BIN, 'all', 'lookups.js', '--no-types', '--verify', 'node slow-test.js'], { cwd: dir });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/with 2 rewrites/.test(stderr)) setTimeout(resolve, 300);
      });
    });
    expect(read(dir, 'lookups.js')).toContain('Set'); // rewritten while the command runs
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('interrupted (SIGINT); the original files are restored, nothing was changed');
    expect(read(dir, 'lookups.js')).toBe(LOOKUPS_JS);
  });
});

describe('failing output in reports', () => {
  test('starts at the line that names the failure', () => {
    const output = 'examples: all checks pass\nnode:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n\nAssertionError [ERR_ASSERTION]: no customer\n    at file.js:3\n';
    expect(firstLines(output, 2)).toBe('AssertionError [ERR_ASSERTION]: no customer\n    at file.js:3');
    expect(firstLines('just text\nmore', 5)).toBe('just text\nmore');
  });
});
