import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveTransforms, transforms, UnknownTransformError } from './engine/registry';
import type { ParserName, Safety } from './engine/types';
import { countsByTransform, REPORT_FORMATS, renderReport, type ReportFormat } from './report';
import { skipLine } from './report/text';
import { ConfigError, loadConfig, type PerfmodConfig } from './runner/config';
import { DEFAULT_EXTENSIONS, discoverFiles, MissingPathError, parseShard, ShardFormatError, type Shard } from './runner/discover';
import { runCodemods, type RunResult } from './runner/run';
import { ProfileError } from './profile/cpuprofile';
import { WORKFLOW_OPTIONS, WORKFLOW_USAGE, WorkflowUsageError, workflowOptions } from './workflow/cli-options';
import { findHotspots, hotspotsText } from './workflow/hotspots';
import { CommandFailedError, needsWorkflow, runWorkflow, stateLine, type WorkflowResult } from './workflow/run-workflow';
import { commitEach } from './git/commit-each';
import { writePatches } from './git/patch-dir';
import { changedSince, GitError, stagedFiles } from './git/repo';
import { annotatedDiff } from './report/annotated-diff';
import { ArgumentError, checkOutputFile, joinNumericValues, parseSeconds, parseSize } from './cli-args';
import { TreeLockedError } from './runner/lock';
import { interruptOnSignals, SIGNAL_EXIT } from './runner/signals';
import { quoteForLocation } from './report/quote';
import { location } from './report/types';

export const EXIT = { ok: 0, changesFound: 1, usage: 2, filesFailed: 3, commandFailed: 4 } as const;

export const USAGE = `Usage:
  perfmod list                                  list every transform
  perfmod <transform|all> <path...> [options]   rewrite files and folders in place
  perfmod hotspots --profile FILE [path...]     hottest source lines, and which have a candidate

Options:
  --dry                    write nothing; print a unified diff of what would change
  --print                  print the transformed source of one file to stdout (writes nothing)
  --report FORMAT          text (default) | json | markdown | sarif
  --out FILE               write the report to FILE
  --safety LEVEL           safe | review (default): review also applies rewrites that rest on stated assumptions
  --parser NAME            ts | tsx | babel (default: by file extension)
  --extensions LIST        file extensions to process in folders (default: ${DEFAULT_EXTENSIONS.join(',')})
  --ignore GLOB            skip matching files (repeatable); .gitignore and node_modules are always honoured
  --workers N              worker threads (default: CPU cores; small runs stay in one thread)
  --shard I/N              process only the I-th of N deterministic slices of the file list
  --config FILE            perfmod.config.json (or .js): per-transform options
  --fail-on-change         write nothing; exit 1 when any rewrite would be made
  --no-types               never load the type checker (faster; decisions use syntax only)
  --explain                also report candidates that were not rewritten, with the reason
  --max-file-size SIZE     skip larger files with a message (default 1MB; e.g. 500KB, 5MB, none)
  --file-timeout SECONDS   leave a file that takes longer as it is, with a message (default 60; none)
  --only ID[,ID...]        apply only the changes with these ids (shown in reports; repeatable)
${WORKFLOW_USAGE}
  --include-tests          also walk test files (*.test.*, *.spec.*, __tests__/), skipped by default
  --no-format              do not format touched statements with the project's Prettier
  --changed-since REF      only files changed since the branch left REF (committed or not); paths default to .
  --staged                 only files staged for commit (a pre-commit hook); paths default to .
  --commit-each            one git commit per change, in file order (touched files must be committed)
  --patch-dir DIR          write one .patch per change to DIR; write no source file
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 done, 1 rewrites found with --fail-on-change, 2 usage error, 3 some files could not be processed,
4 a --verify, --measure or --profile-run command failed on the untouched tree (nothing written),
130/143 stopped by SIGINT/SIGTERM (files in progress were finished, the rest not touched).`;

const PARSERS: readonly ParserName[] = ['ts', 'tsx', 'babel'];
const SAFETY_LEVELS: readonly Safety[] = ['safe', 'review'];
/** Show a progress bar only for runs this long (and only on a terminal). */
const PROGRESS_MIN_FILES = 50;

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
}

class UsageError extends Error {}

const OPTIONS = {
  dry: { type: 'boolean' },
  print: { type: 'boolean' },
  report: { type: 'string' },
  out: { type: 'string' },
  safety: { type: 'string' },
  parser: { type: 'string' },
  extensions: { type: 'string' },
  ignore: { type: 'string', multiple: true },
  workers: { type: 'string' },
  shard: { type: 'string' },
  config: { type: 'string' },
  'fail-on-change': { type: 'boolean' },
  'no-types': { type: 'boolean' },
  explain: { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'file-timeout': { type: 'string' },
  only: { type: 'string', multiple: true },
  ...WORKFLOW_OPTIONS,
  'include-tests': { type: 'boolean' },
  'no-format': { type: 'boolean' },
  'changed-since': { type: 'string' },
  staged: { type: 'boolean' },
  'commit-each': { type: 'boolean' },
  'patch-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Runs the command line; resolves to the exit code. Never throws for user mistakes. */
export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  try {
    return await execute(argv, io);
  } catch (error) {
    if (error instanceof GitError || error instanceof TreeLockedError) {
      // Not a mistake in the command line: the reason alone, without the usage.
      io.stderr.write(`perfmod: ${error.message}\n`);
      return EXIT.usage;
    }
    if (isUsageProblem(error)) {
      // One line: parseArgs appends a hint about '--' after the reason.
      const reason = (error as Error).message.split(/\. To specify a positional/)[0].split('\n')[0];
      io.stderr.write(`perfmod: ${reason}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isUsageProblem(error: unknown): boolean {
  return (
    error instanceof UsageError ||
    error instanceof ArgumentError ||
    error instanceof UnknownTransformError ||
    error instanceof MissingPathError ||
    error instanceof ShardFormatError ||
    error instanceof ConfigError ||
    error instanceof WorkflowUsageError ||
    error instanceof ProfileError ||
    (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS') === true
  );
}

async function execute(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await executeCommand(argv, io);
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error;
    io.stderr.write(`perfmod: ${error.message}. Its last lines:\n${error.tail}\n`);
    return EXIT.commandFailed;
  }
}

async function executeCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const valueOptions = Object.entries(OPTIONS).filter(([, o]) => o.type === 'string').map(([name]) => `--${name}`);
  const args = joinNumericValues(argv, valueOptions);
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const [command, ...named] = positionals;
  if (!command) throw new UsageError('missing transform (or `list`)');
  if (command === 'list') {
    io.stdout.write(listTransforms());
    return EXIT.ok;
  }
  const loop = workflowOptions(values);
  if (command === 'hotspots') {
    if (!loop.profile && !loop.profileRun) throw new UsageError('hotspots needs --profile FILE or --profile-run CMD');
    const found = await findHotspots({ ...loop, paths: named, cwd: io.cwd, types: values['no-types'] !== true });
    io.stdout.write(values.report === 'json' ? JSON.stringify(found, null, 2) + '\n' : hotspotsText(found));
    return EXIT.ok;
  }
  resolveTransforms(command); // unknown id -> usage error before any work
  const scoped = values['changed-since'] !== undefined || values.staged === true;
  // With a git scope, the whole work tree below the current folder is the default.
  const paths = named.length === 0 && scoped ? ['.'] : named;
  if (paths.length === 0) throw new UsageError('missing path: name at least one file or folder');

  const format = oneOf<ReportFormat>('--report', values.report, REPORT_FORMATS) ?? 'text';
  const safety = oneOf<Safety>('--safety', values.safety, SAFETY_LEVELS) ?? 'review';
  const parser = oneOf<ParserName>('--parser', values.parser, PARSERS);
  const workers = values.workers === undefined ? undefined : positiveInteger('--workers', values.workers);
  const shard: Shard | undefined = values.shard === undefined ? undefined : parseShard(values.shard);
  const extensions = values.extensions === undefined ? undefined : extensionList(values.extensions);
  const ignore = values.ignore ?? [];
  const failOnChange = values['fail-on-change'] === true;
  const only = values.only === undefined ? undefined : idList(values.only);
  const print = values.print === true;
  const dry = values.dry === true || failOnChange;
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a file name');
  // Every output path is checked before any source file is touched.
  if (values.out !== undefined) checkOutputFile('--out', values.out, io.cwd);
  const maxFileBytes = values['max-file-size'] === undefined ? undefined : parseSize('--max-file-size', values['max-file-size']);
  const fileTimeoutMs = values['file-timeout'] === undefined ? undefined : parseSeconds('--file-timeout', values['file-timeout']);
  const commitEachMode = values['commit-each'] === true;
  const patchDir = values['patch-dir'];
  if (patchDir !== undefined && patchDir.trim() === '') throw new UsageError('--patch-dir needs a folder name');
  if (commitEachMode && (values.dry || print || failOnChange || patchDir !== undefined)) {
    throw new UsageError('--commit-each writes and commits; it cannot be combined with --dry, --print, --fail-on-change or --patch-dir');
  }
  if (patchDir !== undefined && print) throw new UsageError('--patch-dir cannot be combined with --print');
  if (values['changed-since'] !== undefined && values.staged) throw new UsageError('use --changed-since or --staged, not both');
  const restrictTo = values['changed-since'] !== undefined ? changedSince(values['changed-since'], io.cwd) : values.staged ? stagedFiles(io.cwd) : undefined;
  const includeTests = values['include-tests'] === true;
  const config: PerfmodConfig | undefined = values.config === undefined ? undefined : await loadConfig(values.config, io.cwd);

  if (print) {
    const files = discoverFiles(paths, { cwd: io.cwd, extensions, ignore, shard, includeTests, restrictTo });
    if (files.length !== 1) throw new UsageError(`--print needs exactly one file (the paths name ${files.length})`);
  }

  if (print && needsWorkflow(loop)) throw new UsageError('--print cannot be combined with --profile, --verify or --measure');
  if (commitEachMode && needsWorkflow(loop)) throw new UsageError('--commit-each cannot be combined with --profile, --verify or --measure yet: run the loop, then --commit-each with --only');
  const progress = io.stderr.isTTY ? progressBar(io.stderr) : null;
  const interrupts = interruptOnSignals((text) => {
    progress?.clear();
    io.stderr.write(text);
  });
  // Reports that show each change's own hunk, patches and the annotated diff need each change alone.
  const details = dry || patchDir !== undefined || (values.report !== undefined && format !== 'text');
  const runOptions = {
    transforms: command,
    paths,
    cwd: io.cwd,
    dry: (dry || patchDir !== undefined) && !print,
    print,
    safety,
    parser,
    types: values['no-types'] !== true,
    config,
    extensions,
    ignore,
    workers,
    shard,
    only,
    includeTests,
    restrictTo,
    format: values['no-format'] !== true,
    details,
    onProgress: progress?.update,
    maxFileBytes,
    fileTimeoutMs,
    signal: interrupts.signal,
  };
  let result: RunResult;
  if (commitEachMode) {
    const done = await commitEach(runOptions).finally(() => interrupts.dispose());
    progress?.clear();
    for (const { change, commit } of done.commits) io.stderr.write(`committed ${commit.slice(0, 10)} perf(${change.transform}): ${change.message}\n`);
    for (const { change, reason } of done.skipped) io.stderr.write(`${location(change)}: not committed (${change.transform}, id ${change.id}): ${reason}\n`);
    const committed = new Set(done.commits.map((c) => c.change.id));
    result = { ...done.plan, dry: false, changes: done.plan.changes.filter((c) => committed.has(c.id)), diffs: [] };
  } else if (needsWorkflow(loop)) {
    result = await runWorkflow({ ...runOptions, ...loop, say: (line) => io.stderr.write(`${line}\n`) }).finally(() => interrupts.dispose());
    progress?.clear();
  } else {
    result = await runCodemods(runOptions).finally(() => interrupts.dispose());
    progress?.clear();
  }
  if (patchDir !== undefined) {
    const written = writePatches(path.resolve(io.cwd, patchDir), result.changes, result.details, packageVersion());
    io.stderr.write(`perfmod: ${written.length} ${written.length === 1 ? 'patch' : 'patches'} written to ${patchDir}\n`);
  }

  const explain = values.explain === true;
  const reportOptions = { explain, version: packageVersion(), cwd: io.cwd, includeDiffs: result.dry && format !== 'sarif' };
  const explicitReport = values.report !== undefined;
  let reportShown = false;
  if (values.out !== undefined) {
    fs.writeFileSync(path.resolve(io.cwd, values.out), renderReport(format, result, reportOptions));
    reportShown = true;
  }
  // stdout carries exactly one thing, so it can be piped: the source (--print), the diff (--dry),
  // or the report (by default, or when asked for with --report and not sent to --out).
  if (print) {
    io.stdout.write(result.outputs[0]?.code ?? '');
  } else if (result.dry && patchDir === undefined && !(explicitReport && values.out === undefined)) {
    io.stdout.write(annotatedDiff(result, { color: useColor(io.stdout) }));
  } else if (values.out === undefined) {
    // The default listing leaves errors and the summary to stderr.
    io.stdout.write(renderReport(format, result, { ...reportOptions, compact: !explicitReport }));
    reportShown = true;
  }

  for (const error of result.errors) io.stderr.write(`${quoteForLocation(error.file ?? '<input>')}:${error.line}:${error.column}: ${error.reason}\n`);
  for (const warning of result.warnings) io.stderr.write(`${quoteForLocation(warning.file)}: ${warning.reason}\n`);
  if (explain && !reportShown) {
    // stdout carries the diff or the source: the same lines as the report's go to stderr.
    for (const skip of result.skipped) io.stderr.write(`${skipLine(skip)}\n`);
  }
  // A dry loop shows its diff on stdout; what it measured and reverted goes with the summary.
  if (!reportShown && 'workflow' in result) io.stderr.write(renderReport('text', result, { compact: true }));
  io.stderr.write(summary(result));
  if ('state' in result) io.stderr.write(`${stateLine(result as WorkflowResult)}\n`);

  const stoppedBy = interrupts.received();
  if (result.interrupted && stoppedBy) return SIGNAL_EXIT[stoppedBy];
  if (result.errors.length > 0) return EXIT.filesFailed;
  if (failOnChange && result.changes.some((c) => c.reverted === undefined)) return EXIT.changesFound;
  return EXIT.ok;
}

/** Colors only on a terminal, and never when NO_COLOR is set or FORCE_COLOR=0. */
function useColor(stream: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR === '0') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '') return true;
  return stream.isTTY === true;
}

/** `--only a,b --only c` -> ['a', 'b', 'c']; an empty list is a usage error. */
function idList(values: readonly string[]): string[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError('--only needs at least one change id');
  return ids;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}

function positiveInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} expects a positive integer (got '${value}')`);
  return Number(value);
}

function extensionList(value: string): string[] {
  const list = value.split(',').map((e) => e.trim().replace(/^\./, '')).filter(Boolean);
  if (list.length === 0) throw new UsageError('--extensions expects a comma-separated list, e.g. js,ts');
  return list;
}

function listTransforms(): string {
  return transforms
    .map((t) => `${t.id}\n  ${t.title}\n  safety: ${t.safetyNotes}\n  docs: ${t.docs}\n`)
    .join('\n');
}

/** The summary every run ends with (stderr). */
export function summary(result: RunResult): string {
  const seconds = (result.elapsedMs / 1000).toFixed(2);
  const changed = result.dry ? 'would change' : 'changed';
  const lines = [
    `perfmod: ${result.filesScanned} ${plural(result.filesScanned, 'file')} scanned, ${result.filesChanged} ${changed}, ` +
      `${result.filesFailed} failed, in ${seconds} s`,
  ];
  if (result.interrupted) {
    lines.push(`  interrupted (${result.interrupted.reason}): ${result.interrupted.filesNotProcessed} ${plural(result.interrupted.filesNotProcessed, 'file')} not processed (left as they were)`);
  }
  for (const c of countsByTransform(result)) {
    lines.push(`  ${c.id}: ${c.safe + c.review} ${plural(c.safe + c.review, 'rewrite')} (${c.safe} safe / ${c.review} review)`);
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function progressBar(stream: { write(text: string): unknown }) {
  let last = 0;
  let drawn = false;
  return {
    update(done: number, total: number) {
      if (total <= PROGRESS_MIN_FILES) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

function packageVersion(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'perfmod') return pkg.version ?? '0.0.0';
    } catch {
      // not here: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}

function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}

/** Entry for `bin/perfmod.js`: sets the exit code and lets pending output flush. */
export function cli(argv: readonly string[] = process.argv.slice(2)): void {
  // A closed pipe (`perfmod ... --dry | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`perfmod: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.filesFailed;
    },
  );
}
