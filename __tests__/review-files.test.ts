import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { perfmod, ROOT, tempDir } from './helpers/review-sample';
import { isTestFile } from '../src/runner/test-files';
import { touchedRanges } from '../src/runner/format';

// Which files are walked (test files skipped unless --include-tests) and how touched statements
// are formatted with the project's own Prettier.

let dir: string;
beforeEach(() => {
  dir = tempDir('perfmod-files-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(relative: string, text: string): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
const read = (relative: string) => fs.readFileSync(path.join(dir, relative), 'utf8');

const CANDIDATE = 'export function keep(a, b) {\n  return a.filter((x) => b.includes(x));\n}\n';

describe('test files', () => {
  test('isTestFile', () => {
    for (const p of ['a.test.ts', 'src/a.spec.js', 'x/__tests__/helper.ts', 'A.TEST.tsx', 'a.test.d.ts']) expect(isTestFile(p)).toBe(true);
    for (const p of ['test.ts', 'src/latest.ts', 'spec/util.ts', 'contest.js', '__tests__helper.ts']) expect(isTestFile(p)).toBe(false);
  });

  test('skipped when walking folders, kept with --include-tests, always kept when named', async () => {
    write('src/a.ts', CANDIDATE);
    write('src/a.test.ts', CANDIDATE);
    write('src/b.spec.js', CANDIDATE);
    write('src/__tests__/c.ts', CANDIDATE);
    const files = async (...args: string[]) =>
      JSON.parse((await perfmod(dir, ['all', ...args, '--dry', '--report', 'json'])).stdout).changes.map((c: { file: string }) => c.file).sort();
    expect(await files('src')).toEqual(['src/a.ts']);
    expect(await files('src', '--include-tests')).toEqual(['src/__tests__/c.ts', 'src/a.test.ts', 'src/a.ts', 'src/b.spec.js']);
    expect(await files('src/a.test.ts')).toEqual(['src/a.test.ts']);
    // A folder named explicitly is walked; only test files below it are skipped.
    expect(await files('src/__tests__')).toEqual(['src/__tests__/c.ts']);
  });
});

/** A project with its own prettier (a link to the one installed here) and a config. */
function prettierProject(config: string | null): void {
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules', 'prettier'), path.join(dir, 'node_modules', 'prettier'), 'dir');
  write('package.json', '{ "name": "demo", "private": true }\n');
  if (config !== null) write('.prettierrc', config);
}

function prettierCheck(file: string): number | null {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', file], { cwd: dir, encoding: 'utf8' }).status;
}

// Clean under `printWidth: 80`, but the rewritten line would be longer than 80 characters.
const WIDE = [
  'export function grantedPermissions(requiredPermissions, heldPermissions) {',
  '  const untouched  =  1; // prettier-ignore-free line that is not formatted: must stay as it is',
  '  return requiredPermissions.filter((permission) => heldPermissions.includes(permission));',
  '}',
  '',
].join('\n');

describe('formatting with the project\'s Prettier', () => {
  test('touchedRanges covers the added lines of the output', () => {
    const before = 'a\nb\nc\n';
    const after = 'a\nx\ny\nc\n';
    expect(touchedRanges(before, after).map((r) => after.slice(r.start, r.end))).toEqual(['x\ny']);
  });

  test('formats only the touched statements, so a line over the width is wrapped; untouched code stays', async () => {
    prettierProject('{ "printWidth": 80, "singleQuote": true }\n');
    write('src/perm.js', WIDE);
    const r = await perfmod(dir, ['nested-loop-to-set', 'src']);
    expect(r.code).toBe(0);
    const out = read('src/perm.js');
    expect(out).toContain('  const untouched  =  1;');
    expect(out).toContain('  return requiredPermissions.filter((permission) =>\n    heldPermissionSet.has(permission),\n  );');
    expect(out.split('\n').every((line) => line.length <= 80 || line.includes('untouched'))).toBe(true);
  });

  test('a prettier-clean file stays clean for prettier --check', async () => {
    prettierProject('{ "semi": true, "singleQuote": true }\n');
    write('src/clean.ts', [
      'export function activeUserIds(userIds: number[], bannedIds: number[]): number[] {',
      '  if (',
      '    userIds.length === 0 &&',
      '    bannedIds.length === 0 &&',
      '    userIds.length + bannedIds.length === 0',
      '  ) {',
      '    return [];',
      '  }',
      // Rewritten, the return is 81 characters: prettier must wrap it again.
      '  return userIds.filter((id) => !bannedIds.includes(id) && id > 0 && id < 10000000);',
      '}',
      '',
    ].join('\n'));
    const formatted = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--write', 'src/clean.ts'], { cwd: dir });
    expect(formatted.status).toBe(0);
    expect(prettierCheck('src/clean.ts')).toBe(0);
    const r = await perfmod(dir, ['all', 'src']);
    expect(r.code).toBe(0);
    expect(read('src/clean.ts')).toContain('  return userIds.filter(\n    (id) => !bannedIdSet.has(id) && id > 0 && id < 10000000,\n  );');
    expect(prettierCheck('src/clean.ts')).toBe(0);
  });

  test('--no-format, no config, or no prettier installed: recast\'s output as it is', async () => {
    prettierProject('{ "printWidth": 80 }\n');
    write('src/perm.js', WIDE);
    await perfmod(dir, ['nested-loop-to-set', 'src', '--no-format']);
    expect(read('src/perm.js')).toContain('  return requiredPermissions.filter((permission) => heldPermissionSet.has(permission));');

    fs.rmSync(path.join(dir, '.prettierrc'));
    write('src/perm.js', WIDE);
    await perfmod(dir, ['nested-loop-to-set', 'src']);
    expect(read('src/perm.js')).toContain('  return requiredPermissions.filter((permission) => heldPermissionSet.has(permission));');

    write('.prettierrc', '{ "printWidth": 80 }\n');
    fs.rmSync(path.join(dir, 'node_modules'), { recursive: true });
    write('src/perm.js', WIDE);
    await perfmod(dir, ['nested-loop-to-set', 'src']);
    expect(read('src/perm.js')).toContain('  return requiredPermissions.filter((permission) => heldPermissionSet.has(permission));');
  });

  test('when prettier fails, the unformatted (valid) output is kept and the run says so', async () => {
    prettierProject('{ "plugins": ["./no-such-plugin.js"] }\n');
    write('src/perm.js', WIDE);
    const r = await perfmod(dir, ['nested-loop-to-set', 'src']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^src\/perm\.js: prettier failed \(.+\); kept the unformatted output$/m);
    expect(read('src/perm.js')).toContain('heldPermissionSet.has(permission));');
  });

  test('the --dry diff shows the formatted result', async () => {
    prettierProject('{ "printWidth": 80 }\n');
    write('src/perm.js', WIDE);
    const r = await perfmod(dir, ['nested-loop-to-set', 'src', '--dry']);
    expect(r.stdout).toContain('+  return requiredPermissions.filter((permission) =>\n+    heldPermissionSet.has(permission),\n+  );');
    expect(read('src/perm.js')).toBe(WIDE);
  });
});
