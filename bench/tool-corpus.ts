/**
 * `npm run corpus`: `perfmod all --dry` over a large set of real files nobody here wrote (default:
 * the sources of every installed direct dependency), checking what must hold everywhere:
 * no crash, every output re-parses, every output is a fixed point (a second pass changes nothing).
 * Parse failures are counted (they are reported cleanly, with a position). Exit 1 when any check
 * fails. Results: a summary on stdout, bench/results/corpus.json.
 *
 *   npm run corpus -- [--packages a,b | --dir PATH] [--limit N] [--no-types] [--list-failures]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runTransforms } from '../src/engine/apply';
import { makeParser, parserForFile } from '../src/engine/parse';
import { resolveTransforms } from '../src/engine/registry';
import { processFile, type FileJobOptions } from '../src/runner/process-file';
import { DEFAULT_MAX_FILE_BYTES } from '../src/runner/run';
import { dependencyPackages, ROOT, sourceFiles } from './tool-files';

interface Args {
  sources: string[];
  limit: number;
  types: boolean;
  listFailures: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sources: [], limit: Infinity, types: true, listFailures: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--packages') args.sources = argv[++i].split(',');
    else if (a === '--dir') args.sources = [path.resolve(argv[++i])];
    else if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--no-types') args.types = false;
    else if (a === '--list-failures') args.listFailures = true;
    else {
      process.stderr.write(`corpus: unknown argument ${a}\n`);
      process.exit(2);
    }
  }
  if (args.sources.length === 0) args.sources = dependencyPackages();
  return args;
}

type Kind = 'parse failure' | 'crash' | 'output does not re-parse' | 'not idempotent' | 'skipped (size, encoding, type)' | 'too deeply nested' | 'other error';

function classify(reason: string): Kind {
  if (reason.startsWith('parse error')) return 'parse failure';
  if (/crashed|internal error/.test(reason)) return 'crash';
  if (/did not re-parse/.test(reason)) return 'output does not re-parse';
  if (reason.startsWith('too deeply nested')) return 'too deeply nested';
  if (/^skipped|^unsupported file type/.test(reason)) return 'skipped (size, encoding, type)';
  return 'other error';
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const files = sourceFiles(args.sources).slice(0, args.limit);
  const transforms = resolveTransforms('all');
  const job: FileJobOptions = {
    safety: 'review', types: args.types, write: false, diff: false, keepOutput: true, maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  };
  const counts = new Map<Kind, number>();
  const failures: { file: string; kind: Kind; detail: string }[] = [];
  const note = (file: string, kind: Kind, detail: string) => {
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    failures.push({ file, kind, detail });
  };
  let changed = 0;
  let rewrites = 0;
  let bytes = 0;
  const started = performance.now();
  files.forEach((file, n) => {
    if (n % 200 === 0) process.stderr.write(`\r${n}/${files.length} files`);
    const display = path.relative(ROOT, file);
    bytes += fs.statSync(file).size;
    const outcome = processFile(transforms, file, display, job);
    const kinds = new Set(outcome.errors.map((e) => classify(e.reason)));
    for (const e of outcome.errors) {
      const kind = classify(e.reason);
      if (kinds.has(kind)) {
        note(display, kind, `${e.line}:${e.column}: ${e.reason}`);
        kinds.delete(kind); // one count per file and kind
      }
    }
    if (!outcome.changed || outcome.output === undefined) return;
    changed++;
    rewrites += outcome.changes.length;
    const output = outcome.output.replace(/^\uFEFF/, '');
    try {
      makeParser(parserForFile(file)).parse(output);
    } catch (error) {
      note(display, 'output does not re-parse', (error as Error).message);
      return;
    }
    const again = runTransforms(transforms, outcome.output, { filePath: file, types: args.types });
    if (again.changed) note(display, 'not idempotent', `a second pass made ${again.changes.length} more rewrites`);
  });
  process.stderr.write('\r');
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const must: Kind[] = ['crash', 'output does not re-parse', 'not idempotent'];
  const summary = {
    sources: args.sources.length, files: files.length, megabytes: +(bytes / 1024 / 1024).toFixed(1), types: args.types,
    filesChanged: changed, rewrites,
    ...Object.fromEntries((['parse failure', 'crash', 'output does not re-parse', 'not idempotent', 'too deeply nested', 'skipped (size, encoding, type)', 'other error'] as Kind[])
      .map((k) => [k, counts.get(k) ?? 0])),
    seconds: +seconds.toFixed(1), peakMemoryMb: Math.round(peakMb), date: new Date().toISOString(), node: process.version,
  };
  process.stdout.write(`perfmod all --dry over ${files.length} files (${summary.megabytes} MB) of ${args.sources.length} packages${args.types ? '' : ', --no-types'}\n`);
  for (const [k, v] of Object.entries(summary)) if (!['sources', 'files', 'megabytes', 'types', 'date', 'node'].includes(k)) process.stdout.write(`  ${k}: ${v}\n`);
  const shown = args.listFailures ? failures : failures.filter((f) => must.includes(f.kind));
  for (const f of shown) process.stdout.write(`  [${f.kind}] ${f.file}: ${f.detail}\n`);
  const out = path.join(__dirname, 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'corpus.json'), `${JSON.stringify({ summary, failures }, null, 2)}\n`);
  process.exitCode = must.some((k) => (counts.get(k) ?? 0) > 0) ? 1 : 0;
}

main();
