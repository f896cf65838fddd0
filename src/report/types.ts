import type { RunRecords } from '../engine/types';
import { isKept } from '../workflow/report-lines';
import type { ChangeDetail } from './change-detail';
import { quoteForLocation } from './quote';

export type ReportFormat = 'text' | 'json' | 'markdown' | 'sarif';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'markdown', 'sarif'];

/** What every report is made from: the records of a run and its summary. */
export type ReportInput = RunRecords & {
  /** Each change applied alone (its own hunk, SARIF fixes), when the run computed them. */
  details?: ChangeDetail[];
  /** Problems that did not stop a file (e.g. prettier failed and the unformatted output was kept). */
  warnings?: { file: string; reason: string }[];
};

export interface ReportOptions {
  /** Include candidates that were not rewritten, with reasons. */
  explain?: boolean;
  /** Include the per-file diffs (dry runs). */
  includeDiffs?: boolean;
  /** Text only: just the rewrite (and --explain) lines, no errors or summary (the CLI prints those on stderr). */
  compact?: boolean;
  /** The folder report paths are relative to (SARIF's %SRCROOT%); default: process.cwd(). */
  cwd?: string;
  /** Tool version for report metadata. */
  version?: string;
}

/** Rewrites per transform, split by safety. */
export function countsByTransform(input: ReportInput): { id: string; safe: number; review: number }[] {
  return input.transforms.map((t) => {
    const mine = input.changes.filter((c) => c.transform === t.id && isKept(c));
    return { id: t.id, safe: mine.filter((c) => c.safety === 'safe').length, review: mine.filter((c) => c.safety === 'review').length };
  });
}

export function location(record: { file?: string; line: number; column: number }): string {
  return `${record.file === undefined ? '<input>' : quoteForLocation(record.file)}:${record.line}:${record.column}`;
}
