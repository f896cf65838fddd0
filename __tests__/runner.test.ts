import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PerfTransform } from '../src/engine/types';
import { ConfigError } from '../src/runner/config';
import { discoverFiles, MissingPathError, parseShard, ShardFormatError, shardSlice } from '../src/runner/discover';
import { writeSourceAtomic } from '../src/runner/file-io';
import { chooseWorkerCount, runCodemods } from '../src/runner/run';

/** A test-only transform: `slowLookup(x)` -> `fastLookup(x)` (safe), `guessLookup(x)` -> `fastLookup(x)` (review). */
const renameLookups: PerfTransform = {
  id: 'test-rename-lookups',
  title: 'slowLookup -> fastLookup',
  description: 'Test transform.',
  safetyNotes: 'slowLookup is safe, guessLookup needs review',
  docs: 'docs/none.md',
  mightMatch: (source) => source.includes('Lookup'),
  run({ j, root, decide, options }) {
    const target = typeof options.target === 'string' ? options.target : 'fastLookup';
    root.find(j.CallExpression).forEach((p) => {
      const callee = p.node.callee;
      if (callee.type !== 'Identifier') return;
      if (callee.name === 'slowLookup') {
        if (decide(p.node, { kind: 'safe' }, { message: 'slowLookup -> fastLookup' })) p.node.callee = j.identifier(target);
      } else if (callee.name === 'guessLookup') {
        if (decide(p.node, { kind: 'review', assumptions: ['guessLookup has no side effects'] }, { message: 'guessLookup -> fastLookup' })) {
          p.node.callee = j.identifier(target);
        }
      } else if (callee.name === 'keepLookup') {
        decide(p.node, { kind: 'skip', reason: 'keepLookup is already fast' }, { message: '' });
      }
    });
  },
};

/** Crashes on files that mention `boom`. */
const crashOnBoom: PerfTransform = {
  id: 'test-crash',
  title: 'crash',
  description: 'Test transform that throws.',
  safetyNotes: '',
  docs: 'docs/none.md',
  run({ source }) {
    if (source.includes('boom')) throw new Error('boom happened');
  },
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-runner-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(relative: string, text: string): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
const read = (relative: string) => fs.readFileSync(path.join(dir, relative), 'utf8');
const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

describe('discoverFiles', () => {
  test('walks folders, keeps listed extensions, sorts, skips node_modules and .git', () => {
    write('b.ts', '');
    write('a.js', '');
    write('src/z.tsx', '');
    write('src/y.mts', '');
    write('src/readme.md', '');
    write('src/data.json', '');
    write('node_modules/pkg/index.js', '');
    write('src/node_modules/inner/index.js', '');
    write('.git/hooks/x.js', '');
    expect(rel(discoverFiles(['.'], { cwd: dir }))).toEqual(['a.js', 'b.ts', 'src/y.mts', 'src/z.tsx']);
    expect(rel(discoverFiles(['.'], { cwd: dir, extensions: ['ts'] }))).toEqual(['b.ts']);
  });

  test('honours nested .gitignore files relative to their own folder, with negation', () => {
    write('.gitignore', 'build/\n*.gen.ts\n');
    write('gen.ts', '');
    write('x.gen.ts', '');
    write('build/out.js', '');
    write('pkg/.gitignore', 'gen.ts\n!keep.gen.ts\n');
    write('pkg/gen.ts', '');
    write('pkg/keep.gen.ts', '');
    write('pkg/drop.gen.ts', '');
    write('pkg/main.ts', '');
    expect(rel(discoverFiles(['.'], { cwd: dir }))).toEqual(['gen.ts', 'pkg/keep.gen.ts', 'pkg/main.ts']);
  });

  test('applies .gitignore files of ancestor folders inside the same repository', () => {
    fs.mkdirSync(path.join(dir, '.git'));
    write('.gitignore', 'generated/\n');
    write('app/generated/a.ts', '');
    write('app/main.ts', '');
    expect(rel(discoverFiles(['app'], { cwd: dir }))).toEqual(['app/main.ts']);
  });

  test('--ignore globs match paths relative to cwd or to the walked folder', () => {
    write('src/a.ts', '');
    write('src/a.test.ts', '');
    write('src/deep/b.test.ts', '');
    write('src/deep/c.ts', '');
    expect(rel(discoverFiles(['src'], { cwd: dir, ignore: ['**/*.test.ts'] }))).toEqual(['src/a.ts', 'src/deep/c.ts']);
    expect(rel(discoverFiles(['src'], { cwd: dir, ignore: ['deep/**'], includeTests: true }))).toEqual(['src/a.test.ts', 'src/a.ts']);
    expect(rel(discoverFiles(['.'], { cwd: dir, ignore: ['src/deep/**'], includeTests: true }))).toEqual(['src/a.test.ts', 'src/a.ts']);
  });

  test('a file named explicitly is always processed', () => {
    write('.gitignore', 'ignored.ts\n');
    write('ignored.ts', '');
    write('node_modules/x/index.js', '');
    write('script.vue', '');
    const files = discoverFiles(['ignored.ts', 'node_modules/x/index.js', 'script.vue'], { cwd: dir, ignore: ['**/*'] });
    expect(rel(files)).toEqual(['ignored.ts', 'node_modules/x/index.js', 'script.vue']);
  });

  test('the same file reached twice is listed once', () => {
    write('src/a.ts', '');
    expect(rel(discoverFiles(['src', 'src/a.ts', '.'], { cwd: dir }))).toEqual(['src/a.ts']);
  });

  test('a missing path is an error', () => {
    expect(() => discoverFiles(['nope'], { cwd: dir })).toThrow(MissingPathError);
  });
});

describe('--shard', () => {
  test('slices are disjoint, cover the list exactly and are balanced', () => {
    for (let i = 0; i < 23; i++) write(`src/f${String(i).padStart(2, '0')}.ts`, '');
    const all = discoverFiles(['.'], { cwd: dir });
    const slices = [1, 2, 3, 4].map((index) => discoverFiles(['.'], { cwd: dir, shard: { index, count: 4 } }));
    expect(slices.flat().sort()).toEqual([...all].sort());
    expect(new Set(slices.flat()).size).toBe(all.length);
    expect(slices.map((s) => s.length)).toEqual([6, 6, 6, 5]);
    // deterministic: by position in the sorted list
    expect(slices[1]).toEqual([all[1], all[5], all[9], all[13], all[17], all[21]]);
  });

  test('parseShard', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(shardSlice(['a', 'b', 'c'], { index: 1, count: 1 })).toEqual(['a', 'b', 'c']);
    for (const bad of ['0/4', '5/4', '1/0', 'x', '1-2', '1/']) expect(() => parseShard(bad)).toThrow(ShardFormatError);
  });
});

describe('writeSourceAtomic', () => {
  test('replaces the content, keeps the mode and leaves no temporary file', () => {
    const file = write('tool.js', 'old');
    fs.chmodSync(file, 0o754);
    writeSourceAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o754);
    expect(fs.readdirSync(dir)).toEqual(['tool.js']);
  });

  test('writes through a symbolic link, keeping the link', () => {
    const target = write('real.js', 'old');
    fs.symlinkSync(target, path.join(dir, 'link.js'));
    writeSourceAtomic(path.join(dir, 'link.js'), 'new');
    expect(fs.lstatSync(path.join(dir, 'link.js')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });
});

describe('runCodemods with a test transform', () => {
  test('rewrites files in place and reports each change', async () => {
    write('src/a.ts', 'export const a = slowLookup(1);\n');
    write('src/b.js', 'export const b = guessLookup(2);\nexport const c = keepLookup(3);\n');
    write('src/c.ts', 'export const c = 3;\n');
    const result = await runCodemods({ transforms: renameLookups, paths: ['src'], cwd: dir });
    expect(read('src/a.ts')).toBe('export const a = fastLookup(1);\n');
    expect(read('src/b.js')).toBe('export const b = fastLookup(2);\nexport const c = keepLookup(3);\n');
    expect(result.filesScanned).toBe(3);
    expect(result.filesChanged).toBe(2);
    expect(result.files).toEqual(['src/a.ts', 'src/b.js', 'src/c.ts']);
    expect(result.changes).toEqual([
      expect.objectContaining({ transform: 'test-rename-lookups', file: 'src/a.ts', line: 1, column: 18, safety: 'safe', assumptions: [] }),
      expect.objectContaining({ file: 'src/b.js', line: 1, safety: 'review', assumptions: ['guessLookup has no side effects'] }),
    ]);
    expect(result.skipped).toEqual([expect.objectContaining({ file: 'src/b.js', line: 2, reason: 'keepLookup is already fast' })]);
    expect(result.errors).toEqual([]);
    expect(result.diffs).toEqual([]);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  test('dry run writes nothing and returns a unified diff per changed file', async () => {
    write('a.ts', 'const a = slowLookup(1);\nconst b = 2;\n');
    write('b.ts', 'const b = 2;\n');
    const result = await runCodemods({ transforms: [renameLookups], paths: ['.'], cwd: dir, dry: true });
    expect(read('a.ts')).toBe('const a = slowLookup(1);\nconst b = 2;\n');
    expect(result.filesChanged).toBe(1);
    expect(result.diffs).toEqual([
      {
        file: 'a.ts',
        diff: '--- a/a.ts\n+++ b/a.ts\n@@ -1,2 +1,2 @@\n-const a = slowLookup(1);\n+const a = fastLookup(1);\n const b = 2;\n',
      },
    ]);
  });

  test('print returns the transformed source and writes nothing', async () => {
    write('a.ts', 'slowLookup();\n');
    const result = await runCodemods({ transforms: renameLookups, paths: ['a.ts'], cwd: dir, print: true });
    expect(result.outputs).toEqual([{ file: 'a.ts', code: 'fastLookup();\n' }]);
    expect(read('a.ts')).toBe('slowLookup();\n');
  });

  test('keeps BOM, CRLF line endings and the file mode', async () => {
    const file = write('win.ts', '\uFEFFconst a = slowLookup(1);\r\nconst b = 2;\r\n');
    fs.chmodSync(file, 0o600);
    await runCodemods({ transforms: renameLookups, paths: ['.'], cwd: dir });
    expect(read('win.ts')).toBe('\uFEFFconst a = fastLookup(1);\r\nconst b = 2;\r\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  test('a syntax error in one file is reported with its position; the others are still rewritten', async () => {
    write('a.ts', 'slowLookup();\n');
    // (the file must mention the transform's trigger word, or the pre-filter skips it unparsed)
    write('broken.ts', 'const x = ; slowLookup();\n');
    write('c.js', 'slowLookup();\n');
    const result = await runCodemods({ transforms: renameLookups, paths: ['.'], cwd: dir });
    expect(result.errors).toEqual([expect.objectContaining({ file: 'broken.ts', line: 1, column: 11 })]);
    expect(result.errors[0].reason).toMatch(/parse error/);
    expect(result.filesFailed).toBe(1);
    expect(read('a.ts')).toBe('fastLookup();\n');
    expect(read('c.js')).toBe('fastLookup();\n');
    expect(read('broken.ts')).toBe('const x = ; slowLookup();\n');
  });

  test('a transform that crashes on one file does not stop the run', async () => {
    write('a.ts', 'slowLookup(); // boom\n');
    write('b.ts', 'slowLookup();\n');
    const result = await runCodemods({ transforms: [crashOnBoom, renameLookups], paths: ['.'], cwd: dir });
    expect(result.errors).toEqual([expect.objectContaining({ file: 'a.ts', reason: expect.stringContaining('boom happened') })]);
    // the other transform still ran on the crashing file
    expect(read('a.ts')).toBe('fastLookup(); // boom\n');
    expect(read('b.ts')).toBe('fastLookup();\n');
  });

  test('safety "safe" applies only proven rewrites and records the rest as skipped', async () => {
    write('a.ts', 'slowLookup();\nguessLookup();\n');
    const result = await runCodemods({ transforms: renameLookups, paths: ['.'], cwd: dir, safety: 'safe' });
    expect(read('a.ts')).toBe('fastLookup();\nguessLookup();\n');
    expect(result.changes.map((c) => c.safety)).toEqual(['safe']);
    expect(result.skipped).toEqual([expect.objectContaining({ line: 2, reason: expect.stringContaining('needs review') })]);
  });

  test('config options reach the transform; unknown transform keys are rejected', async () => {
    write('a.ts', 'slowLookup();\n');
    await runCodemods({ transforms: renameLookups, paths: ['.'], cwd: dir, config: { 'test-rename-lookups': { target: 'indexLookup' } } });
    expect(read('a.ts')).toBe('indexLookup();\n');
    await expect(runCodemods({ transforms: renameLookups, paths: ['.'], cwd: dir, config: { 'no-such-transform': {} } })).rejects.toThrow(
      ConfigError,
    );
  });

  test('unknown transform ids and missing paths are rejected before any work', async () => {
    await expect(runCodemods({ transforms: 'no-such-transform', paths: ['.'], cwd: dir })).rejects.toThrow(/unknown transform/);
    await expect(runCodemods({ transforms: renameLookups, paths: ['missing'], cwd: dir })).rejects.toThrow(MissingPathError);
  });

  test('reports progress once per file', async () => {
    for (let i = 0; i < 5; i++) write(`f${i}.ts`, '');
    const seen: string[] = [];
    await runCodemods({ transforms: renameLookups, paths: ['.'], cwd: dir, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
  });
});

describe('worker threads', () => {
  test('chooseWorkerCount: explicit counts are honoured up to the cores, small default runs stay in-process', () => {
    const cores = os.availableParallelism();
    expect(chooseWorkerCount(2, 10)).toBe(Math.min(2, cores));
    expect(chooseWorkerCount(8, 3)).toBe(Math.min(3, cores));
    // never more threads than cores: they would only add start-up cost and memory
    expect(chooseWorkerCount(cores * 4, 10_000)).toBe(cores);
    expect(chooseWorkerCount(0, 3)).toBe(1);
    expect(chooseWorkerCount(undefined, 4)).toBe(1);
    expect(chooseWorkerCount(undefined, 10_000)).toBe(Math.min(os.availableParallelism(), 10_000));
  });

  test('--workers 2 gives the same result as --workers 1', async () => {
    const sources = [
      'export function f(a: number[], b: number[]) { return a.filter((x) => b.includes(x)); }\n',
      'export function g(users: { id: number }[], orders: { userId: number }[]) {\n  const out = [];\n  for (const o of orders) out.push(users.find((u) => u.id === o.userId));\n  return out;\n}\n',
      // does not parse; mentions what the transforms look for, so no pre-filter skips it
      'export function h(a, b) {\n  return a.filter((x) => b.includes(x)) = ;\n}\n',
      '\uFEFFexport const s = "abc".includes("b");\r\n',
    ];
    for (let i = 0; i < 12; i++) write(`src/f${String(i).padStart(2, '0')}.${i % 2 ? 'js' : 'ts'}`, sources[i % sources.length]);
    const one = await runCodemods({ transforms: 'all', paths: ['src'], cwd: dir, dry: true, workers: 1, types: false });
    const two = await runCodemods({ transforms: 'all', paths: ['src'], cwd: dir, dry: true, workers: 2, types: false });
    expect(one.workers).toBe(1);
    expect(two.workers).toBe(2);
    const comparable = (r: typeof one) => ({ ...r, elapsedMs: 0, workers: 0 });
    expect(comparable(two)).toEqual(comparable(one));
    expect(one.errors).toHaveLength(3);
  });

  test('test-only transforms (not in the registry) run in-process', async () => {
    for (let i = 0; i < 4; i++) write(`f${i}.ts`, 'slowLookup();\n');
    const result = await runCodemods({ transforms: renameLookups, paths: ['.'], cwd: dir, workers: 2 });
    expect(result.workers).toBe(1);
    expect(result.filesChanged).toBe(4);
  });
});
