/**
 * `npm run bench:tool`: how fast perfmod itself is on real code, against two floors on the same
 * files: a bare @babel/parser parse, and jscodeshift running a no-op transform (parse with recast,
 * change nothing). Every command runs as its own process with one thread unless said otherwise;
 * the commands of one comparison are alternated, several rounds, and the median is reported.
 * CPU time (all threads) is the main figure: on a shared machine wall time says more about the
 * neighbours than about the code. Results: a table on stdout, bench/results/tool.json and
 * bench/results/tool.md (the tables of docs/performance.md).
 *
 *   npm run bench:tool -- [--rounds N] [--packages a,b | --dir PATH] [--quick]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTransforms } from '../src/engine/apply';
import { resolveTransforms } from '../src/engine/registry';
import { BENCH_PACKAGES, copyToTemp, listFiles, ROOT, sourceFiles } from './tool-files';

interface Stats {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

interface Args {
  rounds: number;
  sources: string[];
  quick: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { rounds: 3, sources: BENCH_PACKAGES, quick: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rounds') args.rounds = Number(argv[++i]);
    else if (a === '--packages') args.sources = argv[++i].split(',');
    else if (a === '--dir') args.sources = [path.resolve(argv[++i])];
    else if (a === '--quick') args.quick = true;
    else {
      process.stderr.write(`bench:tool: unknown argument ${a}\n`);
      process.exit(2);
    }
  }
  if (args.quick) args.rounds = 1;
  if (!Number.isInteger(args.rounds) || args.rounds < 1) {
    process.stderr.write('bench:tool: --rounds expects a positive integer\n');
    process.exit(2);
  }
  return args;
}

const HOOK = path.join(__dirname, 'tool-stats-hook.cjs');
const PERFMOD = path.join(ROOT, 'bin', 'perfmod.js');
const JSCODESHIFT = require.resolve('jscodeshift/bin/jscodeshift.js');
const NOOP = path.join(__dirname, 'tool-noop-transform.cjs');
const PARSE_FLOOR = path.join(__dirname, 'tool-parse-floor.cjs');

/** Runs `node -r hook <args>` and returns what the hook measured. */
function measure(args: string[], cwd: string): Stats {
  const statsFile = path.join(os.tmpdir(), `perfmod-stats-${process.pid}-${Math.random().toString(16).slice(2)}.json`);
  const r = spawnSync(process.execPath, ['-r', HOOK, ...args], {
    cwd,
    env: { ...process.env, PERFMOD_STATS_FILE: statsFile, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!fs.existsSync(statsFile)) throw new Error(`no stats from ${args.join(' ')}: ${r.stderr}`);
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as Stats;
  fs.rmSync(statsFile);
  return stats;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Alternates the commands round by round; medians per command. */
function compare(commands: Record<string, string[]>, cwd: string, rounds: number): Record<string, Stats> {
  const samples: Record<string, Stats[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, args] of Object.entries(commands)) samples[name].push(measure(args, cwd));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, {
      wallMs: median(s.map((x) => x.wallMs)), cpuMs: median(s.map((x) => x.cpuMs)), maxRssMb: median(s.map((x) => x.maxRssMb)),
    }]),
  );
}

function perfmodArgs(dir: string, extra: string[]): string[] {
  return [PERFMOD, 'all', dir, '--dry', ...extra];
}

function floors(dir: string, files: string[]): Record<string, string[]> {
  const list = path.join(dir, '..', `${path.basename(dir)}.files`);
  fs.writeFileSync(list, files.join('\n'));
  return {
    'babel parse': [PARSE_FLOOR, list],
    'jscodeshift no-op': [JSCODESHIFT, '--no-babel', '-t', NOOP, '--parser=tsx', '--run-in-band', '--cpus=1', '--dry', '--silent', '--extensions=js,jsx,mjs,cjs,ts,tsx,mts,cts', dir],
    'perfmod all --no-types': perfmodArgs(dir, ['--no-types', '--workers', '1']),
    'perfmod all': perfmodArgs(dir, ['--workers', '1']),
  };
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Concatenated real modules, each in its own function scope, up to `bytes`. */
function syntheticFile(files: string[], bytes: number): string {
  // CommonJS modules only: an ES module's imports and exports cannot move into a function.
  const scripts = files.filter((f) => !/^\s*(import|export)\b/m.test(fs.readFileSync(f, 'utf8')));
  let text = '';
  for (let i = 0; text.length < bytes; i++) {
    const source = fs.readFileSync(scripts[i % scripts.length], 'utf8').replace(/^#!.*/, '');
    text += `;(function () {\n${source}\n})();\n`;
  }
  return text;
}

function cpuOf(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli.js'))) {
    process.stderr.write('bench:tool: run `npm run build` first\n');
    process.exit(2);
  }
  const all = sourceFiles(args.sources);
  if (all.length === 0) {
    process.stderr.write(`bench:tool: no source files in ${args.sources.join(', ')}\n`);
    process.exit(2);
  }
  const bytes = all.reduce((n, f) => n + fs.statSync(f).size, 0);
  const cores = os.availableParallelism();
  const results: Record<string, unknown> = {
    sources: args.sources, files: all.length, bytes, cores, node: process.version, rounds: args.rounds, date: new Date().toISOString(),
  };
  const md: string[] = [];
  const log = (text: string) => {
    process.stdout.write(`${text}\n`);
    md.push(text);
  };
  log(`Corpus: ${args.sources.join(', ')}: ${all.length} files, ${fmt(bytes / 1024 / 1024, 1)} MB; ${cores} cores, Node ${process.version}, median of ${args.rounds} alternated rounds.\n`);

  // 1. Floors: the same files, one thread each.
  const full = copyToTemp(all, 'bench-full');
  const floor = compare(floors(full, listFiles(full)), full, args.rounds);
  results.floors = floor;
  const base = floor['perfmod all --no-types'];
  log('### perfmod against the floors (one thread, same files)\n');
  log(table(['command', 'CPU s', 'wall s', 'files/s (CPU)', 'peak MB', 'CPU vs jscodeshift no-op', 'CPU vs babel parse'],
    Object.entries(floor).map(([name, s]) => [
      name, fmt(s.cpuMs / 1000), fmt(s.wallMs / 1000), Math.round(all.length / (s.cpuMs / 1000)), Math.round(s.maxRssMb),
      `${fmt(s.cpuMs / floor['jscodeshift no-op'].cpuMs)}x`, `${fmt(s.cpuMs / floor['babel parse'].cpuMs)}x`,
    ])));
  log(`\nDefault run (type oracle on) against --no-types: ${fmt(floor['perfmod all'].cpuMs / base.cpuMs)}x CPU, ${fmt(floor['perfmod all'].maxRssMb / base.maxRssMb)}x memory.\n`);

  // 2. Workers: wall time from 1 thread to the cores (and beyond).
  const workerCounts = [...new Set([1, 2, cores, cores * 2])].sort((a, b) => a - b);
  const workerRuns = compare(Object.fromEntries(workerCounts.map((n) => [`--workers ${n}`, perfmodArgs(full, ['--no-types', '--workers', String(n)])])), full, args.rounds);
  results.workers = workerRuns;
  const one = workerRuns['--workers 1'];
  log('### Worker threads (perfmod all --no-types)\n');
  log(table(['workers', 'threads used', 'wall s', 'speedup (wall)', 'CPU s', 'peak MB'], workerCounts.map((n) => {
    const s = workerRuns[`--workers ${n}`];
    return [n, Math.min(n, cores), fmt(s.wallMs / 1000), `${fmt(one.wallMs / s.wallMs)}x`, fmt(s.cpuMs / 1000), Math.round(s.maxRssMb)];
  })));

  // 3. Growth with the number of files.
  const counts = args.quick ? [all.length] : [Math.ceil(all.length / 4), Math.ceil(all.length / 2), all.length];
  const growth: Record<string, unknown>[] = [];
  for (const count of counts) {
    const dir = count === all.length ? full : copyToTemp(all.slice(0, count), `bench-${count}`);
    const runs = compare({ 'no-types': perfmodArgs(dir, ['--no-types', '--workers', '1']), types: perfmodArgs(dir, ['--workers', '1']) }, dir, args.rounds);
    growth.push({ files: count, ...runs });
    if (dir !== full) fs.rmSync(dir, { recursive: true, force: true });
  }
  results.growthWithFiles = growth;
  log('\n### Growth with the number of files (one thread)\n');
  log(table(['files', '--no-types CPU s', 'ms/file', 'peak MB', 'default CPU s', 'ms/file', 'peak MB'], growth.map((g) => {
    const n = g.files as number;
    const a = g['no-types'] as Stats;
    const b = g.types as Stats;
    return [n, fmt(a.cpuMs / 1000), fmt(a.cpuMs / n, 1), Math.round(a.maxRssMb), fmt(b.cpuMs / 1000), fmt(b.cpuMs / n, 1), Math.round(b.maxRssMb)];
  })));

  // 4. Growth with file size and with rewrites per file (in this process, engine only, --no-types).
  const transforms = resolveTransforms('all');
  const warm = runTransforms(transforms, syntheticFile(all, 20_000), { filePath: 'warm.js', types: false });
  if (warm.errors.length > 0) throw new Error(`the synthetic file does not parse: ${warm.errors[0].reason}`);
  const sizes = args.quick ? [64 * 1024] : [16, 64, 256, 1024].map((k) => k * 1024);
  const bySize = sizes.map((size) => {
    const text = syntheticFile(all, size);
    const ms = median(Array.from({ length: args.rounds }, () => cpuOf(() => runTransforms(transforms, text, { filePath: 'big.js', types: false }))));
    return { kb: Math.round(text.length / 1024), cpuMs: ms, msPerKb: ms / (text.length / 1024) };
  });
  results.growthWithSize = bySize;
  log('\n### Growth with file size (one file, engine only, --no-types)\n');
  log(table(['size KB', 'CPU ms', 'ms per KB'], bySize.map((r) => [r.kb, Math.round(r.cpuMs), fmt(r.msPerKb)])));

  const rewriteCounts = args.quick ? [50] : [50, 100, 200, 400, 800];
  const byRewrites = rewriteCounts.map((n) => {
    let text = '';
    for (let i = 0; i < n; i++) text += `export function f${i}(a, b) {\n  return a.filter((x) => b.includes(x));\n}\n`;
    let changes = 0;
    const ms = median(Array.from({ length: args.rounds }, () => cpuOf(() => {
      changes = runTransforms(transforms, text, { filePath: 'many.js', types: false }).changes.length;
    })));
    return { rewrites: changes, cpuMs: ms, msPerRewrite: ms / Math.max(1, changes) };
  });
  results.growthWithRewrites = byRewrites;
  log('\n### Growth with rewrites in one file (engine only, --no-types)\n');
  log(table(['rewrites', 'CPU ms', 'ms per rewrite'], byRewrites.map((r) => [r.rewrites, Math.round(r.cpuMs), fmt(r.msPerRewrite, 1)])));

  // 5. One small file, the whole command.
  const small = path.join(ROOT, 'examples', 'src', 'orders.js');
  const oneFile = compare({ '--no-types': [PERFMOD, 'all', small, '--dry', '--no-types'], default: [PERFMOD, 'all', small, '--dry'] }, ROOT, args.rounds);
  results.oneFile = oneFile;
  log('\n### One small file (examples/src/orders.js), the whole command\n');
  log(table(['run', 'wall s', 'CPU s', 'peak MB'], Object.entries(oneFile).map(([k, s]) => [k, fmt(s.wallMs / 1000), fmt(s.cpuMs / 1000), Math.round(s.maxRssMb)])));

  fs.rmSync(full, { recursive: true, force: true });
  fs.rmSync(path.join(full, '..', `${path.basename(full)}.files`), { force: true });
  const out = path.join(__dirname, 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, args.quick ? 'tool.quick.json' : 'tool.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(out, args.quick ? 'tool.quick.md' : 'tool.md'), `${md.join('\n')}\n`);
}

main();
