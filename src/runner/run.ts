import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { resolveTransforms, transforms as registered } from '../engine/registry';
import type { ParserName, PerfTransform, RunRecords, Safety } from '../engine/types';
import type { CpuProfile } from '../profile/cpuprofile';
import { buildHeat } from '../profile/heat';
import { ConfigError, validateConfig, type PerfmodConfig } from './config';
import { discoverFiles, displayPath, parseShard, type Shard } from './discover';
import { TOO_DEEP } from '../engine/parse';
import { acquireTreeLock, type TreeLock } from './lock';
import { runInWorkers, WorkerStartError } from './pool';
import { processFile, type FileJobOptions, type FileOutcome } from './process-file';
import type { ChangeDetail } from '../report/change-detail';

/** A transform id, `all`, or a PerfTransform object (e.g. one that is not registered). */
export type TransformSelector = string | PerfTransform;

export interface RunOptions {
  transforms: TransformSelector | readonly TransformSelector[];
  /** Files and folders (relative to `cwd`). */
  paths: readonly string[];
  cwd?: string;
  /** Write nothing; collect a unified diff per changed file. */
  dry?: boolean;
  /** Write nothing; collect the transformed source of each file (`--print`). */
  print?: boolean;
  safety?: Safety;
  parser?: ParserName;
  /** `false` never loads the type oracle. */
  types?: boolean;
  config?: PerfmodConfig;
  extensions?: readonly string[];
  ignore?: readonly string[];
  /** Worker threads; 1 = in-process. Default: CPU cores, but in-process for small runs. */
  workers?: number;
  shard?: Shard | string;
  /** Apply only the changes with these ids (`--only`). */
  only?: readonly string[];
  /** CPU profiles (`--profile`): only candidates whose region has at least `minShare` of the samples are rewritten. */
  profiles?: readonly CpuProfile[];
  /** With `profiles`: default 0.01. */
  minShare?: number;
  /** Also walk test files (`--include-tests`). */
  includeTests?: boolean;
  /** Keep only these files among those discovered (`--changed-since`, `--staged`). */
  restrictTo?: readonly string[];
  /** Format touched statements with the project's Prettier (default true; `--no-format`). */
  format?: boolean;
  /** Also diff each change on its own (`details` of the result). */
  details?: boolean;
  /** Called after each file with the number of files done and the total. */
  onProgress?(done: number, total: number): void;
  /** Files larger than this many bytes are skipped with a message (default 1 MB; `Infinity`: no limit). */
  maxFileBytes?: number;
  /** Per-file time limit in ms (default 60 s; `Infinity`: none). */
  fileTimeoutMs?: number;
  /** Aborting ends the run after the files in progress: nothing is half-written, the rest are not touched. */
  signal?: AbortSignal;
  /** Writing runs refuse to start while another run writes the same files (default true). */
  lock?: boolean;
}

export interface RunResult extends RunRecords {
  /** Display paths of every file scanned, in processing order. */
  files: string[];
  /** Transformed source per file, when `print`. */
  outputs: { file: string; code: string }[];
  /** Worker threads used (1 = in-process). */
  workers: number;
  /** Each change applied alone, when `details`. */
  details: ChangeDetail[];
  /** Problems that did not stop a file (e.g. prettier failed: the unformatted output was kept). */
  warnings: { file: string; reason: string }[];
  /** Set when `signal` ended the run early: its reason (e.g. `SIGINT`), and how many files were not processed. */
  interrupted?: { reason: string; filesNotProcessed: number };
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

/** Below this many files, worker start-up (loading the parser and engine per thread) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 32;

/**
 * Runs transforms over files and folders: discover, then per file read, transform on one parse,
 * and write atomically (or diff). A failure on one file is recorded and the run goes on.
 * Throws only for usage problems: UnknownTransformError, MissingPathError, ConfigError,
 * ShardFormatError.
 */
export async function runCodemods(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const selected = selectTransforms(options.transforms);
  const config = options.config
    ? validateConfig(options.config, [...new Set([...registered.map((t) => t.id), ...selected.map((t) => t.id)])])
    : undefined;
  const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard;
  const unreadable: { folder: string; reason: string }[] = [];
  const absolute = discoverFiles(options.paths, {
    cwd, extensions: options.extensions, ignore: options.ignore, shard, includeTests: options.includeTests, restrictTo: options.restrictTo, unreadable,
  });
  const files = absolute.map((file) => ({ file, display: displayPath(file, cwd) }));
  const dry = Boolean(options.dry || options.print);

  const job: FileJobOptions = {
    safety: options.safety ?? 'review',
    parser: options.parser,
    types: options.types !== false,
    config,
    write: !dry,
    diff: Boolean(options.dry),
    keepOutput: Boolean(options.print),
    maxFileBytes: finiteOrUndefined(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES),
    fileTimeoutMs: finiteOrUndefined(options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS),
    ...(options.only ? { only: [...options.only] } : {}),
    ...(options.profiles ? { heat: heatByFile(options.profiles, cwd, absolute), minShare: options.minShare } : {}),
    format: options.format !== false,
    details: Boolean(options.details),
  };
  const signal = options.signal;

  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let done = 0;
  const record = (position: number, outcome: FileOutcome) => {
    outcomes[position] = outcome;
    done++;
    options.onProgress?.(done, files.length);
  };

  let workers = chooseWorkerCount(options.workers, files.length);
  const ids = registeredIds(selected);
  if (workers > 1 && (!ids || !cloneable(config))) workers = 1;
  const lock: TreeLock | null = job.write && options.lock !== false ? acquireTreeLock(absolute) : null;
  try {
    if (workers > 1) {
      try {
        await runInWorkers(files, workers, { transformIds: ids!, options: job }, record, signal);
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        workers = 1; // no worker could start: do the work here instead
      }
    }
    for (let position = 0; position < files.length; position++) {
      if (outcomes[position]) continue;
      // Let a signal handler run between files (processing one file is synchronous).
      if (signal && position % 8 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal?.aborted) break;
      record(position, processFile(selected, files[position].file, files[position].display, job));
    }
    if (!signal?.aborted && ids && cloneable(config)) await retryTooDeep(files, outcomes, ids, job);
  } finally {
    lock?.release();
  }
  const processed = files.filter((_, position) => outcomes[position]);

  const result: RunResult = {
    transforms: selected.map((t) => ({ id: t.id, title: t.title, description: t.description, docs: t.docs, safetyNotes: t.safetyNotes })),
    safety: job.safety,
    dry,
    files: processed.map((f) => f.display),
    filesScanned: processed.length,
    filesChanged: 0,
    filesFailed: 0,
    changes: [],
    skipped: [],
    errors: [],
    diffs: [],
    outputs: [],
    details: [],
    warnings: [],
    workers,
    elapsedMs: 0,
  };
  for (const { folder, reason } of unreadable) result.errors.push({ file: displayPath(folder, cwd), line: 1, column: 1, reason });
  if (processed.length < files.length) {
    result.interrupted = { reason: abortReason(signal), filesNotProcessed: files.length - processed.length };
  }
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if (outcome.changed) result.filesChanged++;
    if (outcome.errors.length > 0) result.filesFailed++;
    result.changes.push(...outcome.changes);
    result.skipped.push(...outcome.skipped);
    result.errors.push(...outcome.errors);
    if (outcome.diff) result.diffs.push({ file: outcome.file, diff: outcome.diff });
    if (outcome.output !== undefined) result.outputs.push({ file: outcome.file, code: outcome.output });
    if (outcome.details) result.details.push(...outcome.details);
    if (outcome.warnings) result.warnings.push(...outcome.warnings);
  }
  result.elapsedMs = Math.round(performance.now() - started);
  return result;
}

/** Each scanned file's part of the profiles (plain data: it crosses to worker threads). */
function heatByFile(profiles: readonly CpuProfile[], cwd: string, files: readonly string[]): NonNullable<FileJobOptions['heat']> {
  const heat = buildHeat(profiles, { cwd, runFiles: files });
  return { total: heat.total, files: Object.fromEntries(heat.files) };
}

/**
 * Code nested deeper than this thread's stack can follow (thousands of parentheses, a 2000-term
 * `a + b + …`) is valid: such files get a second chance on a worker thread, whose stack is larger.
 */
async function retryTooDeep(
  files: readonly { file: string; display: string }[],
  outcomes: (FileOutcome | undefined)[],
  ids: string[],
  job: FileJobOptions,
): Promise<void> {
  const deep = files.flatMap((entry, position) =>
    outcomes[position]?.errors.some((e) => e.reason.startsWith(TOO_DEEP)) ? [{ entry, position }] : []);
  if (deep.length === 0) return;
  try {
    await runInWorkers(deep.map((d) => d.entry), 1, { transformIds: ids, options: job }, (k, outcome) => {
      outcomes[deep[k].position] = outcome;
    });
  } catch (error) {
    if (!(error instanceof WorkerStartError)) throw error; // keep the first answer
  }
}

function finiteOrUndefined(n: number): number | undefined {
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function abortReason(signal: AbortSignal | undefined): string {
  const reason: unknown = signal?.reason;
  return typeof reason === 'string' ? reason : reason instanceof Error ? reason.message : 'aborted';
}

function selectTransforms(selector: TransformSelector | readonly TransformSelector[]): PerfTransform[] {
  const list = (Array.isArray(selector) ? selector : [selector]) as TransformSelector[];
  const selected = list.flatMap((item) => (typeof item === 'string' ? resolveTransforms(item) : [item]));
  // `all` plus an explicit id must not run a transform twice.
  return selected.filter((t, i) => selected.indexOf(t) === i);
}

/** The ids to send to workers, or null when some transform is not in the registry (it cannot cross threads). */
function registeredIds(selected: readonly PerfTransform[]): string[] | null {
  const ids: string[] = [];
  for (const t of selected) {
    if (!registered.includes(t)) return null;
    ids.push(t.id);
  }
  return ids;
}

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false; // e.g. functions in a .js config: keep the work in this thread
  }
}

/**
 * An explicit count is honoured up to the CPU cores and the number of files (more threads than
 * cores only add start-up cost and memory: each thread loads its own parser and type checker);
 * the default is the CPU count, but small runs stay in-process.
 */
export function chooseWorkerCount(requested: number | undefined, fileCount: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (requested !== undefined) return Math.max(1, Math.min(Math.floor(requested), fileCount, cores));
  if (fileCount < Math.max(2 * cores, MIN_FILES_FOR_WORKERS)) return 1;
  return Math.max(1, Math.min(cores, fileCount));
}

export { ConfigError };
