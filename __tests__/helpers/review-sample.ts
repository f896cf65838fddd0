import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli';

export const ROOT = path.resolve(__dirname, '..', '..');

/** A file that does not parse but mentions what the transforms look for, so it is parsed and fails. */
export const BROKEN = 'export function f(a, b) {\n  return a.filter((x) => b.includes(x)) = ;\n}\n';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command line in-process, with a chosen cwd and whether stdout is a terminal. */
export async function perfmod(cwd: string, args: string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty === true },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
  });
  return { code, stdout, stderr };
}

export function tempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/**
 * The multi-file sample: safe rewrites (permissions.ts, tags.ts), review rewrites (orders.js), a
 * trap that must stay as it is (search.js) and a file with a syntax error (broken.js).
 */
export function writeSample(root: string): void {
  fs.mkdirSync(path.join(root, 'src'), { recursive: true });
  for (const name of ['permissions.ts', 'orders.js', 'tags.ts', 'search.js']) {
    fs.copyFileSync(path.join(ROOT, 'examples', 'src', name), path.join(root, 'src', name));
  }
  fs.writeFileSync(path.join(root, 'src', 'broken.js'), BROKEN);
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** A git repository holding `populate`'s files in one commit on branch main. */
export function gitRepo(root: string, populate: (root: string) => void): void {
  populate(root);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Test');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'commit.gpgsign', 'false');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'initial');
}

/** Run-specific text (temporary folder, timings, version) replaced by placeholders, for golden files. */
export function normalize(text: string, dir: string): string {
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return text
    .split(dir).join('<dir>')
    .split(encodeURI(dir)).join('<dir>')
    .replace(/\b\d+\.\d\d s\b/g, '<t> s')
    .replace(/"elapsedMs": \d+/g, '"elapsedMs": 0')
    .split(`"${version}"`).join('"<version>"')
    .split(`perfmod@${version}`).join('perfmod@<version>');
}

/** Compares with `__tests__/golden/<name>`; `UPDATE_GOLDEN=1` rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(ROOT, '__tests__', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`missing golden file __tests__/golden/${name} (run with UPDATE_GOLDEN=1 to write it)`);
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
