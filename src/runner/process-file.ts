import { runTransforms } from '../engine/apply';
import type { Change, FileError, ParserName, PerfTransform, Safety, Skip } from '../engine/types';
import { unifiedDiff } from '../report/diff';
import { readSource, writeSourceAtomic } from './file-io';

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
  /** Apply only the changes with these ids (`--only`). */
  only?: string[];
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
}

/**
 * Read, transform (one parse for all transforms), then write atomically or diff. Never throws:
 * every failure, including I/O, becomes a FileError on this file.
 */
export function processFile(transforms: PerfTransform[], absolutePath: string, display: string, options: FileJobOptions): FileOutcome {
  const outcome: FileOutcome = { file: display, changed: false, changes: [], skipped: [], errors: [] };
  let source: string;
  try {
    source = readSource(absolutePath);
  } catch (error) {
    outcome.errors.push({ file: display, line: 1, column: 1, reason: `cannot read: ${messageOf(error)}` });
    return outcome;
  }
  let result;
  try {
    result = runTransforms(transforms, source, {
      filePath: absolutePath,
      safety: options.safety,
      parser: options.parser,
      types: options.types,
      config: options.config,
      displayPath: display,
      only: options.only,
    });
  } catch (error) {
    // runTransforms guards each transform; this catches failures around them (e.g. in printing).
    outcome.errors.push({ file: display, line: 1, column: 1, reason: `internal error: ${messageOf(error)}` });
    return outcome;
  }
  // Reports read top to bottom: order each file's records by position (stable: transform order on ties).
  outcome.changes = result.changes.map((c) => ({ ...c, file: display })).sort(byPosition);
  outcome.skipped = result.skipped.map((s) => ({ ...s, file: display })).sort(byPosition);
  outcome.errors = result.errors.map((e) => ({ ...e, file: display }));
  outcome.changed = result.changed;
  if (options.keepOutput) outcome.output = result.code;
  if (!result.changed) return outcome;
  if (options.diff) outcome.diff = unifiedDiff(display, source, result.code);
  if (options.write) {
    try {
      writeSourceAtomic(absolutePath, result.code);
    } catch (error) {
      outcome.errors.push({ file: display, line: 1, column: 1, reason: `cannot write: ${messageOf(error)}` });
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
