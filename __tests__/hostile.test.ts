import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from '@babel/parser';
import { applyTransform } from '../src/engine/registry';
import { runTransforms } from '../src/engine/apply';
import type { PerfTransform } from '../src/engine/types';
import { acquireTreeLock, lockFolder, TreeLockedError } from '../src/runner/lock';
import { runCodemods } from '../src/runner/run';
import { restoreUntouchedLines } from '../src/engine/untouched-lines';
import { buildIfStale, perfmod, perfmodInterrupted } from './harness/cli-process';

// Input a new user would meet: each case has a defined outcome (docs/usage.md, "Hostile input").

/** `a.filter((x) => b.includes(x))`: nested-loop-to-set rewrites it (review) without types. */
const CANDIDATE = 'export function f(a, b) {\n  return a.filter((x) => b.includes(x));\n}\n';

/** A test-only transform: `slowLookup(x)` -> `fastLookup(x)`. */
const rename: PerfTransform = {
  id: 'test-rename',
  title: 'slowLookup -> fastLookup',
  description: 'Test transform.',
  safetyNotes: '',
  docs: 'docs/none.md',
  mightMatch: (source) => source.includes('slowLookup'),
  run({ j, root, decide }) {
    root.find(j.CallExpression, { callee: { name: 'slowLookup' } }).forEach((p) => {
      if (decide(p.node, { kind: 'safe' }, { message: 'renamed' })) p.node.callee = j.identifier('fastLookup');
    });
  },
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-hostile-'));
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(relative: string, content: string | Buffer): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
const bytes = (relative: string) => fs.readFileSync(path.join(dir, relative));
const leftovers = (root: string) => fs.readdirSync(root, { recursive: true }).map(String).filter((n) => n.endsWith('.tmp'));

describe('encodings and line endings', () => {
  test('a file that is not valid UTF-8 (a Latin-1 byte) is skipped with its position, never re-encoded, also in --dry', async () => {
    const latin1 = Buffer.concat([Buffer.from('export function f(a, b) {\n  const s = "caf'), Buffer.from([0xe9]), Buffer.from('";\n  return a.filter((x) => b.includes(x));\n}\n')]);
    write('latin.js', latin1);
    for (const dry of [false, true]) {
      const result = await runCodemods({ transforms: 'all', paths: ['.'], cwd: dir, dry, types: false });
      expect(result.errors).toEqual([expect.objectContaining({ file: 'latin.js', line: 2, column: 17, reason: expect.stringMatching(/not valid UTF-8 \(byte 0xE9\)/) })]);
      expect(result.changes).toEqual([]);
      expect(result.diffs).toEqual([]);
      expect(bytes('latin.js').equals(latin1)).toBe(true);
    }
  });

  test('mixed CRLF/LF and a stray tab: untouched lines keep their bytes, only the rewritten line changes', () => {
    const input = 'const a = 1;\r\nconst b = 2;\n  if (a) {\r\n\tslowLookup(a);\r\n  }\nconst c = 3;\r\n';
    const out = runTransforms([rename], input, { filePath: 'mixed.js' });
    expect(out.errors).toEqual([]);
    expect(out.code).toBe(input.replace('slowLookup', 'fastLookup'));
  });

  test('lines added by a rewrite take the terminator of the line they replace', () => {
    const original = 'a;\r\nb;\nc;\r\n';
    const parsed = 'a;\nb;\nc;\n';
    expect(restoreUntouchedLines(original, parsed, 'a;\nb1;\nb2;\nc;\n')).toBe('a;\r\nb1;\nb2;\nc;\r\n');
    expect(restoreUntouchedLines(original, parsed, 'a;\nb;\nc;\nd;\n')).toBe('a;\r\nb;\nc;\r\nd;\r\n');
    expect(restoreUntouchedLines('a;\r\nb;', 'a;\nb;', 'a;\nb;\nz;')).toBe('a;\r\nb;\r\nz;');
  });

  test('BOM, CRLF, shebang, empty files and a binary file named .js', async () => {
    write('bom.js', '\uFEFF' + CANDIDATE.replace(/\n/g, '\r\n'));
    write('shebang.js', '#!/usr/bin/env node\n' + CANDIDATE);
    write('empty.js', '');
    write('binary.js', Buffer.from([0x00, 0x01, 0x66, 0x6f, 0x72, 0x28, 0xff, 0xfe, 0x00]));
    const result = await runCodemods({ transforms: 'all', paths: ['.'], cwd: dir, types: false });
    expect(result.errors).toEqual([expect.objectContaining({ file: 'binary.js', reason: expect.stringMatching(/not valid UTF-8/) })]);
    expect(bytes('bom.js').toString('utf8')).toMatch(/^\uFEFFexport function f\(a, b\) \{\r\n {2}const bSet = new Set\(b\);\r\n/);
    expect(bytes('bom.js').toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
    expect(bytes('shebang.js').toString('utf8')).toMatch(/^#!\/usr\/bin\/env node\nexport function f/);
    expect(bytes('empty.js').length).toBe(0);
  });
});

describe('syntax a parser must accept (each file is rewritten, nothing is reported)', () => {
  const cases: [string, string][] = [
    ['jsx.jsx', 'export const C = (a, b) => <ul>{a.filter((x) => b.includes(x)).map((x) => <li key={x}>{x}</li>)}</ul>;\n'],
    ['tsx.tsx', 'export const C = (a: number[], b: number[]) => <span>{a.filter((x) => b.includes(x)).length}</span>;\n'],
    ['decorators.ts', '@sealed\nexport class A {\n  @log m(a: number[], b: number[]) { return a.filter((x) => b.includes(x)); }\n}\n'],
    ['ts5.ts', [
      'const conf = { a: 1 } satisfies Record<string, number>;',
      'export function first<const T extends readonly unknown[]>(xs: T) { return xs[0]; }',
      'export class K { accessor n = 1; }',
      'export function g(a: number[], b: number[]) {',
      '  using res = { [Symbol.dispose]() {} };',
      '  return a.filter((x) => b.includes(x));',
      '}',
      '',
    ].join('\n')],
    ['flow.js', '// @flow\ntype Exact = {| id: number |};\nexport function f(a, b): $ReadOnlyArray<number> {\n  return a.filter((x) => b.includes(x));\n}\n'],
  ];
  test.each(cases)('%s', (name, source) => {
    const out = applyTransform('all', source, { filePath: name, types: false });
    expect(out.errors).toEqual([]);
    expect(out.changed).toBe(true);
    expect(out.code).toContain('.has(x)');
  });

  test('.d.ts files parse and are left alone', () => {
    const out = applyTransform('all', 'export declare function f(a: number[]): number[];\ndeclare const b: { includes(x: number): boolean };\n', { filePath: 'x.d.ts', types: false });
    expect(out.errors).toEqual([]);
    expect(out.changed).toBe(false);
  });

  test('syntax errors, with and without a trigger word: reported with path:line:col only when a transform could match', () => {
    expect(applyTransform('all', 'const x = ;\n', { filePath: 'a.js' }).errors).toEqual([]);
    expect(applyTransform('all', 'a.filter((x) => b.includes(x)) = ;\n', { filePath: 'a.js' }).errors).toEqual([
      expect.objectContaining({ line: 1, reason: expect.stringMatching(/^parse error/) }),
    ]);
  });
});

describe('deep nesting and big inputs', () => {
  const deepSum = `export const n = ${Array(2000).fill('1').join(' + ')};\n${CANDIDATE}`;
  const deepParens = `export const n = ${'('.repeat(5000)}1${')'.repeat(5000)};\n${CANDIDATE}`;
  const deepBlocks = `${CANDIDATE}${'{'.repeat(5000)}${'}'.repeat(5000)}\n`;

  test('never a stack overflow as an internal error, never "parse error" for valid code', () => {
    for (const source of [deepSum, deepParens, deepBlocks]) {
      const out = applyTransform('all', source, { filePath: 'deep.js', types: false });
      for (const error of out.errors) {
        expect(error.reason).not.toMatch(/Maximum call stack|parse error|internal error|crashed/);
        expect(error.reason).toMatch(/^too deeply nested to analyse/);
      }
      if (out.changed) expect(() => parse(out.code, { sourceType: 'module', errorRecovery: false })).not.toThrow();
    }
  });

  test('a run gives deeply nested files a second chance on a worker thread (deeper stack): they are rewritten', async () => {
    write('sum.js', deepSum);
    write('parens.js', deepParens);
    const result = await runCodemods({ transforms: 'all', paths: ['.'], cwd: dir, dry: true, types: false, workers: 1 });
    expect(result.errors).toEqual([]);
    expect(result.diffs.map((d) => d.file)).toEqual(['parens.js', 'sum.js']);
  }, 120_000);

  test('--max-file-size (default 1 MB): a larger file is skipped with a message and left as it is', async () => {
    const big = `${CANDIDATE}${'export const pad = "' + 'x'.repeat(1024 * 1024) + '";\n'}`;
    write('big.js', big);
    write('small.js', CANDIDATE);
    const result = await runCodemods({ transforms: 'all', paths: ['.'], cwd: dir, types: false });
    expect(result.errors).toEqual([
      expect.objectContaining({ file: 'big.js', reason: 'skipped: 1 MB is over the --max-file-size limit of 1 MB' }),
    ]);
    expect(bytes('big.js').toString()).toBe(big);
    expect(result.filesChanged).toBe(1);
    const raised = await runCodemods({ transforms: 'all', paths: ['big.js'], cwd: dir, types: false, dry: true, maxFileBytes: Infinity });
    expect(raised.errors).toEqual([]);
    expect(raised.filesChanged).toBe(1);
  });

  test('per-file time limit: a file that takes longer is left as it is, with a message', async () => {
    const slow: PerfTransform = { ...rename, id: 'test-slow', run(ctx) { const until = Date.now() + 60; while (Date.now() < until); rename.run(ctx); } };
    write('a.js', 'slowLookup(1);\n');
    const result = await runCodemods({ transforms: [slow], paths: ['.'], cwd: dir, fileTimeoutMs: 20 });
    expect(result.errors).toEqual([expect.objectContaining({ file: 'a.js', reason: expect.stringMatching(/per-file time limit/) })]);
    expect(result.changes).toEqual([]);
    expect(bytes('a.js').toString()).toBe('slowLookup(1);\n');
  });

  test('on worker threads, the time limit stops the worker: the file is reported, no temporary file is left', async () => {
    for (let i = 0; i < 3; i++) write(`f${i}.js`, CANDIDATE);
    const result = await runCodemods({ transforms: 'all', paths: ['.'], cwd: dir, types: false, workers: 2, fileTimeoutMs: 1 });
    expect(result.workers).toBe(2);
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error.reason).toMatch(/per-file time limit of 0.001 s/);
    expect(leftovers(dir)).toEqual([]);
    for (let i = 0; i < 3; i++) {
      const text = bytes(`f${i}.js`).toString();
      expect([CANDIDATE, expect.stringContaining('bSet.has(x)')]).toContainEqual(text);
    }
  }, 120_000);
});

describe('files and folders', () => {
  test('.vue and .svelte files named explicitly: "unsupported file type"; --parser reads them anyway', async () => {
    write('App.vue', '<template><div/></template>\n<script>\nexport default {}\n</script>\n');
    write('App.svelte', '<script>let a = [];</script>\n');
    write('ok.js', CANDIDATE);
    const result = await runCodemods({ transforms: 'all', paths: ['App.vue', 'App.svelte', 'ok.js'], cwd: dir, types: false, dry: true });
    expect(result.errors.map((e) => [e.file, e.reason.split(':')[0]])).toEqual([
      ['App.svelte', 'unsupported file type .svelte (scripts inside .svelte files are not extracted)'],
      ['App.vue', 'unsupported file type .vue (scripts inside .vue files are not extracted)'],
    ]);
    expect(result.filesChanged).toBe(1);
  });

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? test.skip : test)('an unreadable folder is reported, the rest is processed', async () => {
    write('open/a.js', CANDIDATE);
    write('closed/b.js', CANDIDATE);
    fs.chmodSync(path.join(dir, 'closed'), 0o000);
    try {
      const result = await runCodemods({ transforms: 'all', paths: ['.'], cwd: dir, types: false, dry: true });
      expect(result.errors).toEqual([expect.objectContaining({ file: 'closed', reason: expect.stringMatching(/^cannot read folder \(EACCES\): its files were not processed/) })]);
      expect(result.filesChanged).toBe(1);
    } finally {
      fs.chmodSync(path.join(dir, 'closed'), 0o755);
    }
  });

  test('a file changed on disk during the run is never overwritten', async () => {
    const file = write('a.js', 'slowLookup(1);\n');
    const editor: PerfTransform = { ...rename, id: 'test-editor', run(ctx) { fs.writeFileSync(file, 'slowLookup(2); // saved by an editor\n'); rename.run(ctx); } };
    const result = await runCodemods({ transforms: [editor], paths: ['.'], cwd: dir });
    expect(result.errors).toEqual([expect.objectContaining({ file: 'a.js', reason: expect.stringMatching(/changed on disk during the run.*not overwritten/) })]);
    expect(result.filesChanged).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('slowLookup(2); // saved by an editor\n');
    expect(leftovers(dir)).toEqual([]);
  });

  test('two writing runs on one tree: the second is refused while the first holds it; dry runs are not', async () => {
    write('src/a.js', 'slowLookup(1);\n');
    const lock = acquireTreeLock([dir]);
    try {
      await expect(runCodemods({ transforms: [rename], paths: ['src'], cwd: dir })).rejects.toThrow(TreeLockedError);
      await expect(runCodemods({ transforms: [rename], paths: ['src/a.js'], cwd: dir })).rejects.toThrow(/another perfmod run \(process \d+/);
      expect((await runCodemods({ transforms: [rename], paths: ['src'], cwd: dir, dry: true })).filesChanged).toBe(1);
    } finally {
      lock.release();
    }
    expect((await runCodemods({ transforms: [rename], paths: ['src'], cwd: dir })).filesChanged).toBe(1);
  });

  test('a lock left by a process that is gone is ignored', async () => {
    write('a.js', 'slowLookup(1);\n');
    fs.mkdirSync(lockFolder(), { recursive: true });
    const stale = path.join(lockFolder(), 'stale-test.json');
    fs.writeFileSync(stale, JSON.stringify({ pid: 2 ** 22 + 12345, roots: [fs.realpathSync(dir)], started: 'then' }));
    expect((await runCodemods({ transforms: [rename], paths: ['.'], cwd: dir })).filesChanged).toBe(1);
    expect(fs.existsSync(stale)).toBe(false);
  });

  test('an interrupted run stops between files: the files done are complete, the others untouched', async () => {
    for (let i = 0; i < 20; i++) write(`f${String(i).padStart(2, '0')}.js`, 'slowLookup(1);\n');
    const controller = new AbortController();
    const result = await runCodemods({
      transforms: [rename], paths: ['.'], cwd: dir, signal: controller.signal,
      onProgress: (done) => { if (done === 5) controller.abort('SIGINT'); },
    });
    expect(result.interrupted).toEqual({ reason: 'SIGINT', filesNotProcessed: 15 });
    expect(result.filesScanned).toBe(5);
    const texts = Array.from({ length: 20 }, (_, i) => bytes(`f${String(i).padStart(2, '0')}.js`).toString());
    expect(texts.filter((t) => t === 'fastLookup(1);\n')).toHaveLength(5);
    expect(texts.filter((t) => t === 'slowLookup(1);\n')).toHaveLength(15);
  });
});

describe('the command line', () => {
  beforeAll(() => buildIfStale(), 120_000);

  test.each([
    [['--workers', '-3'], "--workers expects a positive integer (got '-3')"],
    [['--workers', '0'], "--workers expects a positive integer (got '0')"],
    [['--workers', 'abc'], "--workers expects a positive integer (got 'abc')"],
    [['--safety', 'bogus'], "--safety must be one of safe, review (got 'bogus')"],
    [['--max-file-size', 'big'], '--max-file-size expects a size such as 1MB'],
    [['--file-timeout', '-1'], "--file-timeout expects seconds, e.g. 30, or none (got '-1')"],
    [['--out', '/nonexistent/dir/r.json'], '--out /nonexistent/dir/r.json: folder /nonexistent/dir does not exist'],
  ])('%j: a clear message, exit 2, nothing touched', (args, message) => {
    write('a.js', CANDIDATE);
    const r = perfmod(dir, 'all', 'a.js', ...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(`perfmod: ${message}`);
    expect(bytes('a.js').toString()).toBe(CANDIDATE);
  });

  test('names with spaces or a newline are quoted in path:line output, as in the diff headers', () => {
    write('my file.js', CANDIDATE);
    write('two\nlines.js', CANDIDATE);
    write('bad name.js', 'a.filter((x) => b.includes(x)) = ;\n');
    const r = perfmod(dir, 'all', '.', '--no-types', '--dry');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^"bad name\.js":1:\d+: parse error/m);
    expect(r.stdout).toContain('--- "a/two\\nlines.js"\n+++ "b/two\\nlines.js"\n');
    const report = perfmod(dir, 'all', '.', '--no-types', '--dry', '--report', 'text');
    expect(report.stdout).toMatch(/^"two\\nlines\.js":2:\d+: \[review\]/m);
    expect(report.stdout).toMatch(/^"my file\.js":2:\d+: \[review\]/m);
  });

  test('a lock held by another run: one line, exit 2, nothing written', () => {
    write('a.js', CANDIDATE);
    const lock = acquireTreeLock([dir]);
    try {
      const r = perfmod(dir, 'all', '.', '--no-types');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^perfmod: another perfmod run \(process \d+, started .*\) is rewriting /);
      expect(bytes('a.js').toString()).toBe(CANDIDATE);
    } finally {
      lock.release();
    }
  });

  test.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s ends the run with a summary, exit %i, no half-written or temporary file', async (signal, code) => {
    // Slow enough to be interrupted: the type oracle on, one thread.
    for (let i = 0; i < 150; i++) write(`src/f${String(i).padStart(3, '0')}.ts`, CANDIDATE.replace('(a, b)', '(a: number[], b: number[])'));
    const original = CANDIDATE.replace('(a, b)', '(a: number[], b: number[])');
    // The first rewritten file shows the run is under way (its signal handlers are in place).
    const underWay = () => fs.readdirSync(path.join(dir, 'src')).some((name) => !name.endsWith('.ts') || bytes(`src/${name}`).toString() !== original);
    const r = await perfmodInterrupted(dir, ['all', 'src', '--workers', '1'], signal, underWay);
    expect(r.signalSent).toBe(true);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(new RegExp(`interrupted \\(${signal}\\): \\d+ files? not processed`));
    expect(r.stderr).toMatch(/^perfmod: \d+ files? scanned, \d+ changed/m);
    expect(leftovers(dir)).toEqual([]);
    for (const name of fs.readdirSync(path.join(dir, 'src'))) {
      const text = bytes(`src/${name}`).toString();
      expect(() => parse(text, { sourceType: 'module', plugins: ['typescript'] })).not.toThrow();
    }
  }, 120_000);
});
