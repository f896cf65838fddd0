import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { git, gitRepo, perfmod, ROOT, tempDir, writeSample } from './helpers/review-sample';

// --commit-each, --patch-dir, --changed-since and --staged on temporary git repositories.

let dir: string;
beforeEach(() => {
  dir = tempDir('perfmod-git-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const sampleWithoutBroken = (root: string) => {
  writeSample(root);
  fs.rmSync(path.join(root, 'src', 'broken.js'));
};

describe('--commit-each', () => {
  test('one commit per change in file order, perf(<transform>) subjects, assumptions in the body; ends where a plain run ends', async () => {
    gitRepo(dir, sampleWithoutBroken);
    const planned = JSON.parse((await perfmod(dir, ['all', 'src', '--dry', '--report', 'json'])).stdout).changes as { id: string; transform: string; file: string; assumptions: string[] }[];
    expect(planned.length).toBe(6);

    const r = await perfmod(dir, ['all', 'src', '--commit-each']);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/^committed [0-9a-f]{10} perf\(/gm)).toHaveLength(6);
    expect(git(dir, 'status', '--porcelain')).toBe('');

    const log = git(dir, 'log', '--reverse', '--format=%H', 'HEAD~6..HEAD').trim().split('\n');
    expect(log).toHaveLength(6);
    log.forEach((commit, k) => {
      const change = planned[k];
      const message = git(dir, 'log', '-1', '--format=%B', commit);
      expect(message.split('\n')[0]).toMatch(new RegExp(`^perf\\(${change.transform}\\): `));
      expect(message).toContain(`(perfmod change ${change.id})`);
      for (const assumption of change.assumptions) expect(message).toContain(`- ${assumption}`);
      expect(message).toMatch(/Evidence:\n- gain: /);
      // Each commit touches one file.
      expect(git(dir, 'show', '--name-only', '--format=', commit).trim()).toBe(change.file);
    });

    const committed = ['src/orders.js', 'src/permissions.ts', 'src/tags.ts'].map(read);
    git(dir, 'reset', '-q', '--hard', 'HEAD~6');
    await perfmod(dir, ['all', 'src']);
    expect(['src/orders.js', 'src/permissions.ts', 'src/tags.ts'].map(read)).toEqual(committed);
  });

  test('refuses when a touched file has uncommitted changes, and changes nothing', async () => {
    gitRepo(dir, sampleWithoutBroken);
    fs.appendFileSync(path.join(dir, 'src', 'tags.ts'), '\n// work in progress\n');
    const head = git(dir, 'rev-parse', 'HEAD');
    const r = await perfmod(dir, ['all', 'src', '--commit-each']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('perfmod: --commit-each: commit or stash the uncommitted changes first; perfmod would commit over them in src/tags.ts\n');
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(dir, 'status', '--porcelain')).toBe(' M src/tags.ts\n');
  });

  test('outside a git work tree: a clear refusal', async () => {
    sampleWithoutBroken(dir);
    const r = await perfmod(dir, ['all', 'src', '--commit-each']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^perfmod: --commit-each needs a git work tree/);
  });
});

describe('--patch-dir', () => {
  test('one patch per change; each applies alone to the untouched tree; sources are not written', async () => {
    gitRepo(dir, sampleWithoutBroken);
    const r = await perfmod(dir, ['all', 'src', '--patch-dir', 'patches']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('6 patches written to patches');
    expect(git(dir, 'status', '--porcelain', '--', 'src')).toBe('');
    const patches = fs.readdirSync(path.join(dir, 'patches')).sort();
    expect(patches).toHaveLength(6);
    expect(patches[0]).toMatch(/^0001-array-lookup-to-map-src-orders-9-[0-9a-f]{10}\.patch$/);
    for (const name of patches) {
      const file = path.join(dir, 'patches', name);
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^Subject: \[PATCH\] perf\(/m);
      const check = spawnSync('git', ['apply', '--check', file], { cwd: dir, encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    }
    // git am takes them as commits.
    git(dir, 'am', '-q', path.join(dir, 'patches', patches[2]));
    expect(git(dir, 'log', '-1', '--format=%s')).toMatch(/^perf\(nested-loop-to-set\): /);
  });
});

describe('--changed-since and --staged', () => {
  test('--changed-since REF: only files changed on the branch since it left REF (committed, uncommitted, untracked)', async () => {
    gitRepo(dir, sampleWithoutBroken);
    git(dir, 'checkout', '-q', '-b', 'feature');
    fs.appendFileSync(path.join(dir, 'src', 'tags.ts'), '\nexport const one = 1;\n');
    git(dir, 'commit', '-q', '-am', 'tags');
    fs.appendFileSync(path.join(dir, 'src', 'orders.js'), '\n// edited\n');
    fs.copyFileSync(path.join(ROOT, 'examples', 'src', 'permissions.ts'), path.join(dir, 'src', 'new.ts'));
    const r = await perfmod(dir, ['all', '--changed-since', 'main', '--dry', '--report', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect([...new Set(report.changes.map((c: { file: string }) => c.file))].sort()).toEqual(['src/new.ts', 'src/orders.js', 'src/tags.ts']);
    expect(report.summary.filesScanned).toBe(3);

    const bad = await perfmod(dir, ['all', '--changed-since', 'no-such-branch', '--dry']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("perfmod: --changed-since: 'no-such-branch' is not a commit, branch or tag of this repository\n");

    git(dir, 'checkout', '-q', '--orphan', 'unrelated');
    git(dir, 'commit', '-q', '-m', 'no shared history');
    const unrelated = await perfmod(dir, ['all', '--changed-since', 'main', '--dry']);
    expect(unrelated.code).toBe(2);
    expect(unrelated.stderr).toMatch(/^perfmod: --changed-since: 'main' and HEAD have no common history here \(a shallow clone\?/);
  });

  test('--staged: only staged files; with --fail-on-change it is a pre-commit guard', async () => {
    gitRepo(dir, sampleWithoutBroken);
    fs.appendFileSync(path.join(dir, 'src', 'permissions.ts'), '\n');
    fs.appendFileSync(path.join(dir, 'src', 'tags.ts'), '\n');
    git(dir, 'add', 'src/permissions.ts');
    const r = await perfmod(dir, ['all', '--staged', '--fail-on-change']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('+++ b/src/permissions.ts');
    expect(r.stdout).not.toContain('src/tags.ts');
    git(dir, 'reset', '-q');
    expect((await perfmod(dir, ['all', '--staged', '--fail-on-change'])).code).toBe(0);
  });
});
