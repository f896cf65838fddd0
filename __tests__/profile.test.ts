import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { runCodemods } from '../src/runner/run';
import { buildHeat, fileHeat, hotLines, regionSamples } from '../src/profile/heat';
import { parseCpuProfile, profileFiles, ProfileError, type CpuProfile } from '../src/profile/cpuprofile';
import { FileMatcher, urlToPath } from '../src/profile/urls';
import { coldReason, percent } from '../src/profile/share';
import { applyTransform } from '../src';
import { cpuProfile, LOOKUPS_JS, LOOKUPS_TS, lookupsWorkload, tempDir, tsc, write } from './workflow/apps';

let dir: string;
beforeEach(() => {
  dir = tempDir('perfmod-profile-');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a real node --cpu-prof profile of a JS app', () => {
  test('only the hot candidate is rewritten; the cold one is skipped with its share', async () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'main.js', lookupsWorkload('./lookups'));
    const profile = cpuProfile(dir, 'main.js');
    const result = await runCodemods({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, dry: true, profiles: [profile] });

    expect(result.changes.map((c) => c.line)).toEqual([2]);
    expect(result.changes[0].profile!.share).toBeGreaterThan(0.5);
    expect(result.changes[0].profile!.samples).toBeGreaterThan(50);
    const cold = result.skipped.find((s) => s.line === 6)!;
    expect(cold.reason).toMatch(/^cold: \d+(\.\d+)?% of samples, below 1%$/);
  });

  test('without a profile both candidates are rewritten, and no change has a share', async () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    const result = await runCodemods({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, dry: true });
    expect(result.changes.map((c) => c.line)).toEqual([2, 6]);
    expect(result.changes.every((c) => c.profile === undefined)).toBe(true);
  });

  test('--min-share 0 keeps every candidate, with its (small) share', async () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'main.js', lookupsWorkload('./lookups'));
    const profile = cpuProfile(dir, 'main.js');
    const result = await runCodemods({ transforms: 'nested-loop-to-set', paths: ['lookups.js'], cwd: dir, dry: true, profiles: [profile], minShare: 0 });
    const [hot, cold] = result.changes;
    expect(hot.profile!.share).toBeGreaterThan(cold.profile!.share);
  });

  test('each sample counts once per line, and the whole stack gets it (callers too)', () => {
    write(dir, 'lookups.js', LOOKUPS_JS);
    write(dir, 'main.js', lookupsWorkload('./lookups'));
    const heat = buildHeat([cpuProfile(dir, 'main.js')], { cwd: dir });
    const lines = hotLines(heat).filter((h) => h.file === path.join(dir, 'lookups.js'));
    const byLine = new Map(lines.map((h) => [h.line, h.share]));
    // The callback's line and the function's own line both carry the time spent in `includes`.
    expect(byLine.get(2)).toBeGreaterThan(0.5);
    expect(byLine.get(1)).toBeGreaterThanOrEqual(byLine.get(2)! - 0.05);
    for (const h of hotLines(heat)) expect(h.share).toBeLessThanOrEqual(1);
  });
});

describe('TypeScript through source maps', () => {
  const runner = (module: string) => lookupsWorkload(module).replace('hotCommon, coldCommon', 'hotCommon, coldCommon');

  test('tsc --sourceMap: the hot TS candidate is rewritten, the cold one is not', async () => {
    write(dir, 'src/lookups.ts', LOOKUPS_TS);
    tsc(dir, ['src/lookups.ts', '--sourceMap', '--outDir', 'out', '--module', 'commonjs', '--target', 'es2020']);
    expect(fs.existsSync(path.join(dir, 'out', 'lookups.js.map'))).toBe(true);
    write(dir, 'main.js', runner('./out/lookups'));
    const profile = cpuProfile(dir, 'main.js');
    const result = await runCodemods({ transforms: 'nested-loop-to-set', paths: ['src'], cwd: dir, dry: true, profiles: [profile], types: false });
    expect(result.changes.map((c) => [c.file, c.line])).toEqual([['src/lookups.ts', 13]]);
    expect(result.skipped.find((s) => s.line === 9)?.reason).toMatch(/^cold: /);
  });

  test('an inline data: source map works the same', async () => {
    write(dir, 'src/lookups.ts', LOOKUPS_TS);
    const js = ts.transpileModule(LOOKUPS_TS, {
      fileName: path.join(dir, 'src', 'lookups.ts'),
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, inlineSourceMap: true, inlineSources: false },
    }).outputText;
    expect(js).toMatch(/sourceMappingURL=data:application\/json;base64,/);
    write(dir, 'build/lookups.js', js.replace('"sources":["lookups.ts"]', '"sources":["../src/lookups.ts"]'));
    // transpileModule names the source by its file name: point it at src/ from build/.
    const fixed = fs.readFileSync(path.join(dir, 'build/lookups.js'), 'utf8').replace(/base64,(\S+)/, (_, b64: string) => {
      const map = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
      map.sources = ['../src/lookups.ts'];
      return `base64,${Buffer.from(JSON.stringify(map)).toString('base64')}`;
    });
    fs.writeFileSync(path.join(dir, 'build/lookups.js'), fixed);
    write(dir, 'main.js', runner('./build/lookups'));
    const heat = buildHeat([cpuProfile(dir, 'main.js')], { cwd: dir });
    const file = path.join(dir, 'src', 'lookups.ts');
    expect(regionSamples(fileHeat(heat, file), 13, 13) / heat.total).toBeGreaterThan(0.5);
    expect(heat.files.has(path.join(dir, 'build', 'lookups.js'))).toBe(false);
  });
});

describe('matching profile URLs to files', () => {
  test('file:// URLs, plain paths, relative paths and Windows paths', () => {
    expect(urlToPath('file:///tmp/a%20b/x.js', '/cwd')).toBe('/tmp/a b/x.js');
    expect(urlToPath('/tmp/x.js', '/cwd')).toBe('/tmp/x.js');
    expect(urlToPath('src/x.js', '/cwd')).toBe('/cwd/src/x.js');
    expect(urlToPath('', '/cwd')).toBeNull();
    expect(urlToPath('node:internal/main', '/cwd')).toBeNull();
    // A page profiled in Chrome DevTools: the served script, when it is on disk under the folder.
    const served = write(dir, 'dist/assets/app.js', '');
    expect(urlToPath('http://localhost:5173/assets/app.js?v=3', dir)).toBe(served);
    expect(urlToPath('http://localhost:5173/assets/other.js', dir)).toBeNull();
    if (process.platform !== 'win32') {
      expect(urlToPath('file:///C:/work/app/src/x.js', '/cwd')).toBe('C:/work/app/src/x.js');
      expect(urlToPath('C:\\work\\app\\src\\x.js', '/cwd')).toBe('C:/work/app/src/x.js');
    }
  });

  test('a profile taken elsewhere (Windows checkout) matches by the unique common tail', () => {
    const a = write(dir, 'app/src/orders.js', '');
    const b = write(dir, 'app/lib/orders.js', '');
    const matcher = new FileMatcher([a, b]);
    expect(matcher.match('C:/Users/me/app/src/orders.js')).toBe(a);
    expect(matcher.match('c:/users/me/APP/LIB/orders.js')).toBe(b);
    expect(matcher.match('/elsewhere/orders.js')).toBeNull(); // two files share the name: no guess
    expect(matcher.match('/elsewhere/other.js')).toBeNull();
  });

  test('a file named through a symlink matches the real path the profile holds', async () => {
    write(dir, 'real/lookups.js', LOOKUPS_JS);
    write(dir, 'real/main.js', lookupsWorkload('./lookups'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
    const profile = cpuProfile(path.join(dir, 'real'), 'main.js');
    const result = await runCodemods({ transforms: 'nested-loop-to-set', paths: ['link/lookups.js'], cwd: dir, dry: true, profiles: [profile] });
    expect(result.changes.map((c) => [c.file, c.line])).toEqual([['link/lookups.js', 2]]);
  });
});

describe('attribution rules (synthetic stacks)', () => {
  // A builtin (`includes`) has no URL: its samples belong to the lines where its caller spends time.
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2, 5] },
      { id: 2, callFrame: { functionName: 'main', url: 'file:///app/a.js', lineNumber: 0, columnNumber: 0 }, children: [3], positionTicks: [{ line: 8, ticks: 1 }] },
      { id: 3, callFrame: { functionName: 'scan', url: 'file:///app/a.js', lineNumber: 9, columnNumber: 0 }, children: [4], positionTicks: [{ line: 12, ticks: 3 }, { line: 11, ticks: 1 }] },
      { id: 4, callFrame: { functionName: 'includes', url: '', lineNumber: -1, columnNumber: -1 }, children: [] },
      { id: 5, callFrame: { functionName: '(idle)', url: '', lineNumber: -1, columnNumber: -1 }, children: [] },
    ],
    samples: [4, 4, 4, 4, 3, 3, 3, 3, 2, 5, 5, 5],
  };

  test('builtin samples go to the caller lines; callers get every sample below them; idle is not counted', () => {
    const heat = buildHeat([profile], { cwd: '/' });
    expect(heat.total).toBe(9);
    const lines = new Map(hotLines(heat).map((h) => [h.line, h.samples]));
    expect(lines.get(12)).toBeCloseTo(6); // 3/4 of the 8 samples in scan and includes
    expect(lines.get(11)).toBeCloseTo(2);
    expect(lines.get(10)).toBeCloseTo(8); // scan's own line: every sample in it or below
    expect(lines.get(1)).toBeCloseTo(9); // main's line: its own sample and all below it
    expect(lines.get(8)).toBeCloseTo(1); // main's own sample
    // A region counts a sample once even when two of its lines are on the stack.
    expect(regionSamples(fileHeat(heat, '/app/a.js'), 1, 12)).toBeCloseTo(9);
  });

  test('hitCount is used when a profile has no samples array (older DevTools files)', () => {
    const old = { nodes: profile.nodes.map((n) => ({ ...n, hitCount: n.id === 4 ? 2 : 0 })) } as CpuProfile;
    expect(buildHeat([old], { cwd: '/' }).total).toBe(2);
  });
});

describe('reading profiles', () => {
  test('a folder means every .cpuprofile in it; bad files and paths say why', () => {
    write(dir, 'p/b.cpuprofile', '{}');
    write(dir, 'p/a.cpuprofile', '{}');
    write(dir, 'p/notes.txt', '');
    expect(profileFiles(['p'], dir).map((f) => path.basename(f))).toEqual(['a.cpuprofile', 'b.cpuprofile']);
    expect(() => profileFiles(['missing'], dir)).toThrow(ProfileError);
    expect(() => parseCpuProfile('not json', 'x.cpuprofile')).toThrow(/x.cpuprofile: not JSON/);
    expect(() => parseCpuProfile('{"nodes": 3}', 'x.cpuprofile')).toThrow(/not a V8 CPU profile/);
  });

  test('shares are written for people', () => {
    expect(coldReason(0.002, 0.01)).toBe('cold: 0.2% of samples, below 1%');
    expect(percent(0.1234)).toBe('12%');
    expect(percent(0.00042)).toBe('0.04%');
  });

  test('applyTransform with heat: the engine hook works for a single source too', () => {
    const source = LOOKUPS_JS;
    const heat = { total: 100, stacks: [{ lines: [2], count: 40 }, { lines: [6], count: 1 }] };
    const r = applyTransform('nested-loop-to-set', source, { filePath: 'a.js', heat, minShare: 0.05 });
    expect(r.changes.map((c) => [c.line, c.profile])).toEqual([[2, { share: 0.4, samples: 40 }]]);
  });
});
