/**
 * Small apps for the profile and workflow tests, written to temporary folders and run with the
 * real `node` (profiles from `node --cpu-prof`, commands run by the workflow).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCpuProfiles, type CpuProfile } from '../../src/profile/cpuprofile';

export const ROOT = path.resolve(__dirname, '..', '..');

export function tempDir(prefix = 'perfmod-wf-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function write(dir: string, relative: string, text: string): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

export function read(dir: string, relative: string): string {
  return fs.readFileSync(path.join(dir, relative), 'utf8');
}

/** Runs `node --cpu-prof` on a script (a fine sampling interval keeps the workload short); returns its profile. */
export function cpuProfile(dir: string, script: string, extra: string[] = []): CpuProfile {
  const out = path.join(dir, '.profiles');
  fs.rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', out, ...extra, script], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  const profiles = readCpuProfiles([out], dir);
  fs.rmSync(out, { recursive: true, force: true });
  return profiles[0].profile;
}

/** Like cpuProfile, but leaves the profile in `folder` (for `--profile FOLDER`). */
export function cpuProfileInto(dir: string, script: string, folder: string): void {
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', folder, script], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
}

/** A module with one hot and one cold membership test (CommonJS, runnable by node as is). */
export const LOOKUPS_JS = `function hotCommon(a, b) {
  return a.filter((x) => b.includes(x));
}

function coldCommon(a, b) {
  return a.filter((x) => b.includes(x));
}

module.exports = { hotCommon, coldCommon };
`;

/** Runs the hot function on big arrays, the cold one once on tiny ones. */
export function lookupsWorkload(module: string, size = 3000, rounds = 6): string {
  return `const { hotCommon, coldCommon } = require(${JSON.stringify(module)});
const a = Array.from({ length: ${size} }, (_, i) => i);
const b = Array.from({ length: ${size} }, (_, i) => i * 2);
let n = 0;
for (let r = 0; r < ${rounds}; r++) n += hotCommon(a, b).length;
n += coldCommon([1, 2, 3], [2]).length;
console.log(n);
`;
}

/** TypeScript whose first lines vanish when compiled, so the JS lines differ from the TS lines. */
export const LOOKUPS_TS = `export interface Range {
  from: number;
  to: number;
}

export type Ids = number[];

export function coldCommon(a: number[], b: number[]): number[] {
  return a.filter((x) => b.includes(x));
}

export function hotCommon(a: number[], b: number[]): number[] {
  return a.filter((x) => b.includes(x));
}
`;

export function tsc(dir: string, args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tsc failed: ${r.stdout}${r.stderr}`);
}

/**
 * A deliberately wrong rewrite for the tests (perfmod's own transforms are meant to be right):
 * `Math.min(...xs)` becomes `xs[0]`, which is only the minimum of sorted lists. A test command
 * that checks an unsorted list really fails with it.
 */
export const wrongMinTransform = {
  id: 'test-wrong-min',
  title: 'Math.min(...xs) -> xs[0] (wrong on purpose, tests only)',
  description: 'A rewrite that breaks code, so --verify has something to find.',
  safetyNotes: 'never safe',
  docs: '',
  mightMatch: (source: string) => source.includes('Math.min('),
  run(ctx: import('../../src/engine/types').TransformContext) {
    const { j, root } = ctx;
    root
      .find(j.CallExpression, { callee: { type: 'MemberExpression', object: { name: 'Math' }, property: { name: 'min' } } })
      .filter((p) => p.node.arguments.length === 1 && p.node.arguments[0].type === 'SpreadElement')
      .forEach((p) => {
        if (!ctx.decide(p.node, { kind: 'safe' }, { message: 'Replaced Math.min(...xs) with xs[0].' })) return;
        const list = (p.node.arguments[0] as unknown as { argument: never }).argument;
        p.replace(j.memberExpression(list, j.numericLiteral(0), true));
      });
  },
};

const COMPILED_CLI = path.join(ROOT, 'dist', 'src', 'cli.js');

function newest(dir: string): number {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(full));
    else if (entry.name.endsWith('.ts')) t = Math.max(t, fs.statSync(full).mtimeMs);
  }
  return t;
}

/** The CLI tests run `node bin/perfmod.js`, which needs dist/: rebuilt when a source is newer. */
export function buildIfStale(): void {
  const built = fs.existsSync(COMPILED_CLI) ? fs.statSync(COMPILED_CLI).mtimeMs : 0;
  if (built > Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'transforms')))) return;
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (!fs.existsSync(COMPILED_CLI) || fs.statSync(COMPILED_CLI).mtimeMs <= built) throw new Error('build failed');
}

export const BIN = path.join(ROOT, 'bin', 'perfmod.js');
