import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../src/cli';
import { transformIds } from '../src/engine/registry';
import { buildIfStale, perfmod, ROOT, type CliRun } from './harness/cli-process';

// These tests run the real command (`node bin/perfmod.js`) on temporary folders, so they need
// the compiled dist/; it is rebuilt when any source is newer than it.
const JSCODESHIFT = path.join(ROOT, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');

beforeAll(() => buildIfStale(), 120_000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-cli-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(relative: string, text: string, root = dir): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
const read = (relative: string, root = dir) => fs.readFileSync(path.join(root, relative), 'utf8');

/** Every file under a folder with its bytes, to prove that nothing was written. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else out[path.relative(root, full)] = fs.readFileSync(full).toString('base64') + ':' + (fs.statSync(full).mode & 0o777);
    }
  };
  visit(root);
  return out;
}

/** The example sources (examples/src; the workload and tests beside them are for docs/workflow.md). */
function copyExamples(to: string): void {
  fs.cpSync(path.join(ROOT, 'examples', 'src'), path.join(to, 'src'), { recursive: true });
}

/**
 * A file that does not parse but mentions what every transform looks for (`filter`, `includes`,
 * `find`, a loop, `await`), so that no textual pre-filter skips it: if it is processed, it fails.
 */
const BROKEN = 'export async function f(a, b, users, orders) {\n  for (const o of orders) await users.find((u) => u.id === o.userId);\n  return a.filter((x) => b.includes(x)) = ;\n}\n';
const BROKEN_POSITION = /:3:\d+: parse error/;

/** Same input, two copies: one rewritten in place, one only diffed. */
function copies(populate: (root: string) => void): { inPlace: string; dry: string } {
  const inPlace = path.join(dir, 'in-place');
  const dry = path.join(dir, 'dry');
  populate(inPlace);
  populate(dry);
  return { inPlace, dry };
}

describe('perfmod list, help and version', () => {
  test('list shows every transform with title, safety notes and docs path', () => {
    const r = perfmod(dir, 'list');
    expect(r.code).toBe(0);
    for (const id of transformIds) {
      expect(r.stdout).toContain(`${id}\n`);
      expect(r.stdout).toContain(`docs: docs/transforms/${id}.md`);
    }
    expect(r.stdout).toContain('safety: ');
  });

  test('--help and --version', () => {
    const help = perfmod(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
    for (const option of ['--dry', '--print', '--report', '--out', '--safety', '--parser', '--extensions', '--ignore', '--workers', '--shard', '--config', '--fail-on-change', '--no-types', '--explain']) {
      expect(help.stdout).toContain(option);
    }
    const version = perfmod(dir, '--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(read('package.json', ROOT)).version);
  });
});

describe('usage errors exit 2 with a one-line reason and the usage', () => {
  const cases: [string, string[], RegExp][] = [
    ['no arguments', [], /missing transform/],
    ['unknown transform', ['no-such-transform', '.'], /unknown transform 'no-such-transform'/],
    ['unknown option', ['all', '.', '--bogus'], /Unknown option '--bogus'/],
    ['missing path argument', ['all'], /missing path/],
    ['path that does not exist', ['all', 'nowhere'], /path not found: nowhere/],
    ['bad --report', ['all', '.', '--report', 'xml'], /--report must be one of/],
    ['bad --safety', ['all', '.', '--safety', 'yolo'], /--safety must be one of/],
    ['bad --parser', ['all', '.', '--parser', 'flow'], /--parser must be one of/],
    ['bad --workers', ['all', '.', '--workers', '0'], /--workers expects a positive integer/],
    ['bad --shard', ['all', '.', '--shard', '3/2'], /--shard/],
    ['--print with several files', ['all', '.', '--print'], /--print needs exactly one file/],
    ['missing --config file', ['all', '.', '--config', 'nope.json'], /config file not found/],
  ];
  test.each(cases)('%s', (_, args, reason) => {
    write('a.ts', 'export const a = 1;\n');
    write('b.ts', 'export const b = 1;\n');
    const before = snapshot(dir);
    const r = perfmod(dir, ...args);
    expect(r.code).toBe(2);
    const [first, second, third] = r.stderr.split('\n');
    expect(first).toMatch(/^perfmod: /);
    expect(first).toMatch(reason);
    expect(second).toBe('');
    expect(third).toBe('Usage:');
    expect(r.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  test('config naming an unknown transform', () => {
    write('a.ts', 'export const a = 1;\n');
    write('perfmod.config.json', JSON.stringify({ 'no-such-transform': {} }));
    const r = perfmod(dir, 'all', '.', '--config', 'perfmod.config.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^perfmod: config names unknown transform 'no-such-transform'/);
  });

  test('a valid config file (JSON or CommonJS) is accepted', () => {
    write('a.ts', 'export const a = 1;\n');
    write('perfmod.config.json', JSON.stringify({ [transformIds[0]]: { someOption: true } }));
    write('perfmod.config.js', `module.exports = { ${JSON.stringify(transformIds[0])}: { someOption: true } };`);
    expect(perfmod(dir, 'all', 'a.ts', '--config', 'perfmod.config.json').code).toBe(0);
    expect(perfmod(dir, 'all', 'a.ts', '--config', 'perfmod.config.js').code).toBe(0);
  });
});

describe('runs', () => {
  test('exit 0 and a summary on stderr: files scanned, changed, per transform, failed, time', () => {
    write('src/a.ts', 'export const a = [1, 2, 3];\n');
    write('src/b.js', 'export const b = 2;\n');
    const r = perfmod(dir, 'all', 'src');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^perfmod: 2 files scanned, 0 changed, 0 failed, in \d+\.\d\d s\n/);
    for (const id of transformIds) expect(r.stderr).toMatch(new RegExp(`\\n  ${id}: \\d+ rewrites? \\(\\d+ safe / \\d+ review\\)`));
  });

  test('a file that does not parse: exit 3, reported as path:line:col on stderr, the others still processed', () => {
    const { inPlace } = copies((root) => {
      copyExamples(root);
      write('src/broken.js', BROKEN, root);
    });
    const alone = path.join(dir, 'alone');
    copyExamples(alone);
    const r = perfmod(inPlace, 'all', '.', '--report', 'json');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^src/broken\\.js${BROKEN_POSITION.source}`, 'm'));
    const report = JSON.parse(r.stdout);
    expect(report.summary.filesFailed).toBe(1);
    expect(report.summary.filesScanned).toBe(5);
    // every other file ends exactly as a run without the broken file leaves it
    expect(perfmod(alone, 'all', '.').code).toBe(0);
    const others = Object.keys(snapshot(alone));
    for (const file of others) expect(read(file, inPlace)).toBe(read(file, alone));
    expect(read('src/broken.js', inPlace)).toBe(BROKEN);
  });

  test('--dry writes nothing, and its diff applied with git gives the in-place result', () => {
    const { inPlace, dry } = copies(copyExamples);
    const before = snapshot(dry);
    const d = perfmod(dry, 'all', '.', '--dry');
    expect(d.code).toBe(0);
    expect(snapshot(dry)).toEqual(before);
    expect(perfmod(inPlace, 'all', '.').code).toBe(0);
    if (d.stdout !== '') {
      expect(d.stdout).toMatch(/^# perf\(/);
      expect(d.stdout).toMatch(/^--- a\//m);
      const patch = path.join(dir, 'changes.patch');
      fs.writeFileSync(patch, d.stdout);
      const applied = spawnSync('git', ['apply', '--unsafe-paths', patch], { cwd: dry, encoding: 'utf8' });
      expect(applied.stderr).toBe('');
    }
    expect(snapshot(dry)).toEqual(snapshot(inPlace));
  });

  test('--fail-on-change with nothing to rewrite exits 0', () => {
    write('a.ts', 'export const a = 1;\n');
    expect(perfmod(dir, 'all', '.', '--fail-on-change').code).toBe(0);
  });

  test('.gitignore (nested too) and node_modules are honoured when walking; an explicit file is always processed', () => {
    write('.gitignore', 'generated/\n');
    write('src/ok.ts', 'export const ok = 1;\n');
    write('generated/broken.js', BROKEN);
    write('src/lib/.gitignore', 'vendor.js\n');
    write('src/lib/vendor.js', BROKEN);
    write('node_modules/pkg/index.js', BROKEN);
    write('src/node_modules/pkg/index.js', BROKEN);
    write('src/notes.md', BROKEN);
    const walked = perfmod(dir, 'all', '.', '--report', 'json');
    expect(walked.stderr).not.toMatch(/parse error/);
    expect(walked.code).toBe(0);
    expect(JSON.parse(walked.stdout).summary.filesScanned).toBe(1);
    for (const explicit of ['generated/broken.js', 'src/lib/vendor.js', 'node_modules/pkg/index.js']) {
      const r = perfmod(dir, 'all', explicit);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`^${explicit.replace(/[./]/g, '\\$&')}${BROKEN_POSITION.source}`, 'm'));
    }
  });

  test('--ignore (repeatable) and --extensions', () => {
    write('src/a.test.ts', BROKEN);
    write('src/b.spec.js', BROKEN);
    write('src/c.ts', 'export const c = 1;\n');
    write('src/d.vue.js', BROKEN);
    expect(perfmod(dir, 'all', 'src', '--ignore', '**/*.test.ts', '--ignore', '**/*.spec.js', '--ignore', 'src/*.vue.js').code).toBe(0);
    expect(perfmod(dir, 'all', 'src', '--ignore', '**/*.test.ts', '--ignore', '**/*.spec.js').code).toBe(3);
    expect(perfmod(dir, 'all', 'src', '--extensions', 'ts', '--ignore', '**/*.test.ts').code).toBe(0);
  });

  test('--shard I/N partitions the file list exactly', () => {
    const names = Array.from({ length: 11 }, (_, i) => `src/f${String(i).padStart(2, '0')}.js`);
    for (const name of names) write(name, BROKEN);
    const failedIn = (shard: string) => {
      const r = perfmod(dir, 'all', 'src', '--shard', shard);
      expect(r.code).toBe(3);
      return r.stderr.split('\n').filter((l) => BROKEN_POSITION.test(l)).map((l) => l.split(':')[0]);
    };
    const slices = ['1/3', '2/3', '3/3'].map(failedIn);
    expect(slices.map((s) => s.length)).toEqual([4, 4, 3]);
    expect(slices.flat().sort()).toEqual(names);
    expect(slices[0]).toEqual([names[0], names[3], names[6], names[9]]);
  });

  test('--print writes the transformed source of one file to stdout and writes nothing', () => {
    const { inPlace, dry } = copies(copyExamples);
    const before = snapshot(dry);
    for (const file of ['src/orders.js', 'src/permissions.ts', 'src/search.js']) {
      const r = perfmod(dry, 'all', file, '--print', '--no-types');
      expect(r.code).toBe(0);
      expect(perfmod(inPlace, 'all', file, '--no-types').code).toBe(0);
      expect(r.stdout).toBe(read(file, inPlace));
    }
    expect(snapshot(dry)).toEqual(before);
  });

  test('--report json and sarif parse, on stdout or with --out', () => {
    copyExamples(dir);
    write('src/broken.js', BROKEN);
    const json = perfmod(dir, 'all', '.', '--dry', '--report', 'json', '--explain', '--no-types');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ transforms: [...transformIds], dry: true, filesScanned: 5, filesFailed: 1 });
    expect(Array.isArray(report.changes)).toBe(true);
    expect(Array.isArray(report.skipped)).toBe(true);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'src/broken.js', line: 3 })]);

    const sarif = perfmod(dir, 'all', '.', '--dry', '--report', 'sarif', '--out', 'perfmod.sarif', '--no-types');
    expect(sarif.code).toBe(3);
    const log = JSON.parse(read('perfmod.sarif'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...transformIds]);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/broken.js');
    // with --out, stdout keeps the diff
    expect(sarif.stdout).not.toContain('"version"');

    const md = perfmod(dir, 'all', '.', '--report', 'markdown', '--dry', '--no-types');
    expect(md.stdout).toMatch(/^## perfmod: \d+ rewrites? in/);
  });

  test('--workers 2 gives the same result as --workers 1', () => {
    const { inPlace: one, dry: two } = copies((root) => {
      copyExamples(root);
      for (let i = 0; i < 3; i++) fs.cpSync(path.join(root, 'src'), path.join(root, `copy${i}`), { recursive: true });
      write('copy1/broken.ts', BROKEN, root);
    });
    const normalize = (r: CliRun) => ({ code: r.code, report: { ...JSON.parse(r.stdout), summary: { ...JSON.parse(r.stdout).summary, elapsedMs: 0 } } });
    const dry1 = perfmod(one, 'all', '.', '--dry', '--report', 'json', '--explain', '--workers', '1');
    const dry2 = perfmod(two, 'all', '.', '--dry', '--report', 'json', '--explain', '--workers', '2');
    expect(normalize(dry2)).toEqual(normalize(dry1));
    expect(dry1.code).toBe(3);
    // (the type checker is loaded once per worker above; here syntax alone keeps this quick)
    perfmod(one, 'all', '.', '--workers', '1', '--no-types');
    perfmod(two, 'all', '.', '--workers', '2', '--no-types');
    expect(snapshot(two)).toEqual(snapshot(one));
  });

  test('the jscodeshift entry (dist/transforms/<id>.js with --no-babel) rewrites exactly as perfmod does', () => {
    for (const id of transformIds) {
      const { inPlace: viaPerfmod, dry: viaJscodeshift } = copies(copyExamples);
      expect(perfmod(viaPerfmod, id, 'src').code).toBe(0);
      const r = spawnSync(
        process.execPath,
        [JSCODESHIFT, '--no-babel', '-t', path.join(ROOT, 'dist', 'transforms', `${id}.js`), '--extensions=js,ts', 'src/'],
        { cwd: viaJscodeshift, encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('0 errors');
      expect(snapshot(viaJscodeshift)).toEqual(snapshot(viaPerfmod));
      fs.rmSync(viaPerfmod, { recursive: true });
      fs.rmSync(viaJscodeshift, { recursive: true });
    }
  });
});

describe('progress bar (in-process main)', () => {
  function capture(isTTY: boolean) {
    const out = { stdout: '', stderr: '' };
    const io = {
      cwd: dir,
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { isTTY, write: (t: string) => (out.stderr += t) },
    };
    return { out, io };
  }

  test('drawn on stderr only on a terminal and only for runs of more than 50 files', async () => {
    for (let i = 0; i < 51; i++) write(`src/f${i}.js`, 'export const a = 1;\n');
    const tty = capture(true);
    expect(await main(['all', 'src', '--workers', '1', '--no-types'], tty.io)).toBe(0);
    expect(tty.out.stderr).toContain('] 51/51 files');
    expect(tty.out.stderr).toContain('\r\x1b[K');
    expect(tty.out.stdout).toBe('');
    const pipe = capture(false);
    expect(await main(['all', 'src', '--workers', '1', '--no-types'], pipe.io)).toBe(0);
    expect(pipe.out.stderr).toMatch(/^perfmod: 51 files scanned/);
    fs.rmSync(path.join(dir, 'src', 'f0.js'));
    const short = capture(true);
    expect(await main(['all', 'src', '--workers', '1', '--no-types'], short.io)).toBe(0);
    expect(short.out.stderr).toMatch(/^perfmod: 50 files scanned/);
  });
});

describe('cli with real transforms', () => {
  const b = Array.from({ length: 40 }, (_, i) => i * 3);
  const SOURCE = [
    `const b = [${b.join(', ')}];`,
    '',
    'export function commonWithB(a) {',
    '  return a.filter(x => b.includes(x));',
    '}',
    '',
  ].join('\n');

  test('nested-loop-to-set rewrites a.filter(x => b.includes(x)) in place', () => {
    write('src/common.js', SOURCE);
    const r = perfmod(dir, 'nested-loop-to-set', 'src', '--report', 'json');
    expect(r.code).toBe(0);
    const after = read('src/common.js');
    expect(after).not.toBe(SOURCE);
    expect(after).toMatch(/new Set\(/);
    const report = JSON.parse(r.stdout);
    expect(report.changes).toEqual([expect.objectContaining({ transform: 'nested-loop-to-set', file: 'src/common.js', line: 4 })]);
    expect(r.stderr).toMatch(/nested-loop-to-set: 1 rewrite \(/);
    // converged: a second run changes nothing
    expect(perfmod(dir, 'nested-loop-to-set', 'src').code).toBe(0);
    expect(read('src/common.js')).toBe(after);
  });

  test('--dry prints a diff and writes nothing; --fail-on-change exits 1 and writes nothing', () => {
    write('src/common.js', SOURCE);
    const dry = perfmod(dir, 'all', 'src', '--dry');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^# perf\(nested-loop-to-set\) \[review\] src\/common\.js:4:24 /);
    expect(dry.stdout).toMatch(/^--- a\/src\/common\.js\n\+\+\+ b\/src\/common\.js\n@@/m);
    expect(dry.stdout).toMatch(/^\+.*new Set\(/m);
    expect(read('src/common.js')).toBe(SOURCE);
    const guard = perfmod(dir, 'all', 'src', '--fail-on-change');
    expect(guard.code).toBe(1);
    expect(read('src/common.js')).toBe(SOURCE);
  });

  test('examples/: the anti-patterns are rewritten, the str.includes trap is left alone', () => {
    copyExamples(dir);
    const r = perfmod(dir, 'all', '.', '--dry');
    expect(r.code).toBe(0);
    const touched = [...r.stdout.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => m[1]);
    expect(touched).toEqual(expect.arrayContaining(['src/orders.js', 'src/permissions.ts']));
    expect(touched).not.toContain('src/search.js');
  });

  test('keeps BOM, CRLF and the file mode; a broken file next to it fails alone', () => {
    const crlf = '\uFEFF' + SOURCE.replace(/\n/g, '\r\n');
    const file = write('src/windows.ts', crlf);
    fs.chmodSync(file, 0o640);
    write('src/broken.js', BROKEN);
    const r = perfmod(dir, 'all', 'src');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^src/broken\\.js${BROKEN_POSITION.source}`, 'm'));
    const after = read('src/windows.ts');
    expect(after).not.toBe(crlf);
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.slice(1).startsWith('\uFEFF')).toBe(false);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
  });
});
