import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { transformIds } from '../src/engine/registry';

// Packs the project as npm would publish it (running its `prepare` build), installs the tarball
// into a fresh project, and uses it the way users do: require, import, the bin, jscodeshift.
// The pack runs in a copy of the project so that its build does not rewrite the dist/ that
// other tests are running from.
const ROOT = path.resolve(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const COPIED = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE', 'src', 'transforms', 'bin', 'docs'];

let work: string;
let consumer: string;

function run(command: string, args: string[], options: SpawnSyncOptions): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

function ok(result: { status: number | null; stdout: string; stderr: string }, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-pack-'));
  const project = path.join(work, 'project');
  fs.mkdirSync(project);
  for (const entry of COPIED) {
    const from = path.join(ROOT, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(project, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');

  const packed = ok(run(NPM, ['pack', '--json', '--pack-destination', work], { cwd: project }), 'npm pack');
  const [{ filename }] = JSON.parse(packed.slice(packed.indexOf('['))) as { filename: string }[];
  const tarball = path.join(work, filename);

  consumer = path.join(work, 'consumer');
  fs.mkdirSync(consumer);
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  ok(run(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: consumer }), 'npm install');
}, 300_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const API = ['applyTransform', 'runCodemods', 'transforms'];

test('require("perfmod") exposes the API', () => {
  const script = `const m = require('perfmod'); console.log(JSON.stringify({ api: ${JSON.stringify(API)}.map((k) => typeof m[k]), ids: m.transforms.map((t) => t.id) }));`;
  const out = JSON.parse(ok(run(process.execPath, ['-e', script], { cwd: consumer }), 'require'));
  expect(out).toEqual({ api: ['function', 'function', 'object'], ids: [...transformIds] });
});

test('await import("perfmod") exposes the API', () => {
  const script = `const m = await import('perfmod'); console.log(JSON.stringify(${JSON.stringify(API)}.map((k) => typeof m[k])));`;
  const out = JSON.parse(ok(run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer }), 'import'));
  expect(out).toEqual(['function', 'function', 'object']);
});

test('applyTransform and runCodemods work from the installed package', () => {
  fs.writeFileSync(path.join(consumer, 'input.ts'), 'export const a = [1, 2].filter((x) => [2].includes(x));\n');
  const script = [
    "const { applyTransform, runCodemods } = require('perfmod');",
    "const r = applyTransform('all', 'const x = 1;\\n', { filePath: 'a.ts' });",
    "runCodemods({ transforms: 'all', paths: ['input.ts'], dry: true }).then((run) =>",
    '  console.log(JSON.stringify({ code: r.code, changed: r.changed, scanned: run.filesScanned, errors: run.errors })));',
  ].join('\n');
  const out = JSON.parse(ok(run(process.execPath, ['-e', script], { cwd: consumer }), 'api'));
  expect(out).toEqual({ code: 'const x = 1;\n', changed: false, scanned: 1, errors: [] });
});

test('node_modules/.bin/perfmod list works', () => {
  const out = ok(run(path.join(consumer, 'node_modules', '.bin', 'perfmod'), ['list'], { cwd: consumer }), 'perfmod list');
  for (const id of transformIds) expect(out).toContain(id);
});

test('the documented jscodeshift command runs the packaged transforms', () => {
  fs.mkdirSync(path.join(consumer, 'src'), { recursive: true });
  fs.writeFileSync(path.join(consumer, 'src', 'a.js'), 'export const a = 1;\n');
  for (const id of transformIds) {
    const r = run(
      path.join(consumer, 'node_modules', '.bin', 'jscodeshift'),
      ['--no-babel', '-t', `node_modules/perfmod/dist/transforms/${id}.js`, 'src/'],
      { cwd: consumer },
    );
    expect(ok(r, `jscodeshift ${id}`)).toContain('0 errors');
  }
});
