import type { Change, FileError, ParserName, PerfTransform, Safety, Skip } from '../engine/types';
import type { LineStack } from '../profile/heat';
import type { ChangeDetail } from '../report/change-detail';
import { unifiedDiff } from '../report/diff';
import { isolateChanges, transformSource } from './per-change';
import { isTooDeeplyNested, TOO_DEEP } from '../engine/parse';
import { readSourceFile, SkipFileError, writeSourceAtomic, type SourceFile } from './file-io';
import { unsupportedFileType } from './file-types';

/** What one file needs besides the transforms; plain data, so it can cross to a worker thread. */
export interface FileJobOptions {
  safety: Safety;
  parser?: ParserName;
  types: boolean;
  config?: Record<string, Record<string, unknown>>;
  /** Write the rewritten file in place. */
  write: boolean;
  /** Compute a unified diff of the rewrite. */
  diff: boolean;
  /** Return the transformed source text (`--print`). */
  keepOutput: boolean;
  /** Larger files are skipped with a message (`--max-file-size`). */
  maxFileBytes?: number;
  /** Per-file time limit in ms (`--file-timeout`): checked between transforms here; worker threads are stopped. */
  fileTimeoutMs?: number;
  /** Apply only the changes with these ids (`--only`). */
  only?: string[];
  /** Profile heat of the run's files, by absolute path (`--profile`). */
  heat?: { total: number; files: Record<string, LineStack[]> };
  minShare?: number;
  /** Format the touched statements with the project's Prettier (when it has a config and prettier). */
  format?: boolean;
  /** Also diff each change applied alone (reports that show one hunk per change). */
  details?: boolean;
}

export interface FileOutcome {
  /** Display path (relative to the run's cwd). */
  file: string;
  changed: boolean;
  changes: Change[];
  skipped: Skip[];
  errors: FileError[];
  diff?: string;
  output?: string;
  /** Each change on its own, when `details`. */
  details?: ChangeDetail[];
  /** Problems that changed nothing about the result's validity (e.g. prettier failed). */
  warnings?: { file: string; reason: string }[];
}

/**
 * Read, transform (one parse for all transforms), then write atomically or diff. Never throws:
 * every failure, including I/O, becomes a FileError on this file.
 */
export function processFile(transforms: PerfTransform[], absolutePath: string, display: string, options: FileJobOptions): FileOutcome {
  const outcome: FileOutcome = { file: display, changed: false, changes: [], skipped: [], errors: [] };
  const unsupported = options.parser ? null : unsupportedFileType(absolutePath);
  if (unsupported) {
    outcome.errors.push({ file: display, line: 1, column: 1, reason: unsupported });
    return outcome;
  }
  let read: SourceFile;
  try {
    read = readSourceFile(absolutePath, { maxBytes: options.maxFileBytes });
  } catch (error) {
    const skip = error instanceof SkipFileError;
    outcome.errors.push({
      file: display, line: skip ? error.line : 1, column: skip ? error.column : 1,
      reason: skip ? error.message : `cannot read: ${messageOf(error)}`,
    });
    return outcome;
  }
  const source = read.text;
  let result;
  let code: string;
  try {
    const transformed = transformSource(transforms, source, absolutePath, display, options);
    result = transformed.result;
    code = transformed.code;
    if (transformed.warning) outcome.warnings = [{ file: display, reason: transformed.warning }];
    if (options.details && result.changes.length > 0) {
      outcome.details = isolateChanges(transforms, source, absolutePath, display, options, result.changes.map((c) => c.id), code);
    }
  } catch (error) {
    // runTransforms guards each transform; this catches failures around them (e.g. in printing).
    const reason = isTooDeeplyNested(error) ? `${TOO_DEEP}; left as it is` : `internal error: ${messageOf(error)}`;
    outcome.errors.push({ file: display, line: 1, column: 1, reason });
    return outcome;
  }
  // Reports read top to bottom: order each file's records by position (stable: transform order on ties).
  outcome.changes = result.changes.map((c) => ({ ...c, file: display })).sort(byPosition);
  outcome.skipped = result.skipped.map((s) => ({ ...s, file: display })).sort(byPosition);
  outcome.errors = result.errors.map((e) => ({ ...e, file: display }));
  outcome.changed = result.changed;
  if (options.keepOutput) outcome.output = code;
  if (!result.changed) return outcome;
  if (options.diff) outcome.diff = unifiedDiff(display, source, code);
  if (options.write) {
    try {
      writeSourceAtomic(absolutePath, code, { expected: read.bytes });
    } catch (error) {
      const reason = error instanceof SkipFileError ? error.message : `cannot write: ${messageOf(error)}`;
      outcome.errors.push({ file: display, line: 1, column: 1, reason });
      outcome.changed = false;
      outcome.changes = [];
    }
  }
  return outcome;
}

function byPosition(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
