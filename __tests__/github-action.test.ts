import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { git, gitRepo, ROOT, tempDir, writeSample } from './helpers/review-sample';

// Runs the commands of docs/github-action.md on a temporary repository shaped like a pull
// request's checkout: the workflow's perfmod step exactly as written (with `npx perfmod` replaced
// by the built command line), then the local commands of the page.

const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'github-action.md'), 'utf8');
const BIN = path.join(ROOT, 'bin', 'perfmod.js');
const COMPILED_CLI = path.join(ROOT, 'dist', 'src', 'cli.js');

/** The `run: |` block of the workflow step with this name, unindented. */
function runBlock(stepName: string): string {
  const lines = DOC.split('\n');
  const start = lines.findIndex((line) => line.trim() === `- name: ${stepName}`);
  if (start === -1) throw new Error(`no step '${stepName}' in docs/github-action.md`);
  const run = lines.findIndex((line, i) => i > start && /^\s+run: \|$/.test(line));
  const indent = /^\s*/.exec(lines[run + 1])![0];
  const body: string[] = [];
  for (let i = run + 1; i < lines.length && lines[i].startsWith(indent); i++) body.push(lines[i].slice(indent.length));
  return body.join('\n');
}

function shell(script: string, cwd: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const npxFree = script.replace(/\bnpx perfmod\b/g, `node ${JSON.stringify(BIN)}`);
  const r = spawnSync('bash', ['-e', '-c', npxFree], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let repo: string;
beforeAll(() => {
  // The bin runs the compiled code: build when any source is newer than it.
  const built = fs.existsSync(COMPILED_CLI) ? fs.statSync(COMPILED_CLI).mtimeMs : 0;
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
      const full = path.join(dir, e.name);
      return Math.max(max, e.isDirectory() ? newest(full) : e.name.endsWith('.ts') ? fs.statSync(full).mtimeMs : 0);
    }, 0);
  if (Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'transforms'))) >= built) {
    spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
  }

  repo = tempDir('perfmod-action-');
  gitRepo(repo, (root) => {
    writeSample(root);
    fs.rmSync(path.join(root, 'src', 'broken.js'));
    fs.rmSync(path.join(root, 'src', 'orders.js'));
  });
  // The checkout of a pull request: origin/main is the base; the branch adds orders.js.
  git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'pr');
  fs.copyFileSync(path.join(ROOT, 'examples', 'src', 'orders.js'), path.join(repo, 'src', 'orders.js'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'orders');
}, 120_000);
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

test('the workflow step writes the markdown comment and a valid SARIF file for the changed files only', () => {
  const output = path.join(repo, '..', `${path.basename(repo)}.github-output`);
  const r = shell(runBlock('Run perfmod on the changed files'), repo, { BASE: 'origin/main', GITHUB_OUTPUT: output });
  expect(r.stderr).toContain('1 file scanned');
  expect(r.status).toBe(0);
  expect(fs.readFileSync(output, 'utf8')).toBe('status=0\n');

  const comment = fs.readFileSync(path.join(repo, 'perfmod.md'), 'utf8');
  // Line 9's lookup is proven (typed Array, NaN keys dropped from the index); line 19's forEach needs review.
  expect(comment).toMatch(/^## perfmod: 2 rewrites in 1 file \(1 safe, 1 review\)/);
  expect(comment).toContain('<code>src/orders.js:9</code> · <code>array-lookup-to-map</code> · safe');
  expect(comment).toContain('<code>src/orders.js:19</code> · <code>array-lookup-to-map</code> · review');
  expect(comment).not.toContain('permissions.ts');

  const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'perfmod.sarif'), 'utf8'));
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ strict: false, unicodeRegExp: false });
  addFormats(ajv);
  expect(ajv.validate(schema, sarif)).toBe(true);
  expect(sarif.runs[0].results.map((x: { level: string }) => x.level)).toEqual(['note', 'warning']);
  fs.rmSync(output);
});

test('a file that cannot be processed: reports still written, status 3 kept for the last step', () => {
  fs.writeFileSync(path.join(repo, 'src', 'broken.js'), 'export const f = (a, b) => a.filter((x) => b.includes(x)) = ;\n');
  const output = path.join(repo, '..', `${path.basename(repo)}.github-output`);
  try {
    const r = shell(runBlock('Run perfmod on the changed files'), repo, { BASE: 'origin/main', GITHUB_OUTPUT: output });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(output, 'utf8')).toBe('status=3\n');
    expect(fs.readFileSync(path.join(repo, 'perfmod.md'), 'utf8')).toContain('src/broken.js');
  } finally {
    fs.rmSync(path.join(repo, 'src', 'broken.js'));
    fs.rmSync(output, { force: true });
  }
});

test('the guard, pre-commit and patch commands of the page', () => {
  expect(DOC).toContain('npx perfmod all --changed-since "$BASE" --fail-on-change');
  const guard = shell('npx perfmod all --changed-since "$BASE" --fail-on-change', repo, { BASE: 'origin/main' });
  expect(guard.status).toBe(1);
  expect(guard.stdout).toContain('+++ b/src/orders.js');

  expect(DOC).toContain('npx perfmod all --staged --fail-on-change');
  expect(shell('npx perfmod all --staged --fail-on-change', repo).status).toBe(0);

  const local = DOC.slice(DOC.indexOf('## Taking the rewrites'));
  const patchCommand = /npx perfmod all --changed-since origin\/main --patch-dir perfmod-patches/.exec(local)?.[0];
  expect(patchCommand).toBeDefined();
  const patches = shell(patchCommand!, repo);
  expect(patches.status).toBe(0);
  expect(fs.readdirSync(path.join(repo, 'perfmod-patches'))).toHaveLength(2);
  fs.rmSync(path.join(repo, 'perfmod-patches'), { recursive: true });

  const commitCommand = /npx perfmod all --changed-since origin\/main --commit-each/.exec(local)?.[0];
  for (const generated of ['perfmod.md', 'perfmod.sarif']) fs.rmSync(path.join(repo, generated), { force: true });
  const commits = shell(commitCommand!, repo);
  expect(commits.stderr).toMatch(/committed [0-9a-f]{10} perf\(array-lookup-to-map\)/);
  expect(commits.status).toBe(0);
  expect(git(repo, 'log', '--format=%s', 'origin/main..HEAD').trim().split('\n')).toHaveLength(3);
});
