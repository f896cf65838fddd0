import { gainOf, measuredSpeedups } from './evidence';
import { countsByTransform, type ReportInput, type ReportOptions } from './types';

/** The version of the JSON report's shape; `docs/report-schema.json` describes it. */
export const JSON_REPORT_VERSION = 1;

/**
 * Machine-readable report (`format: 'perfmod-report'`), described by `docs/report-schema.json`.
 * Each change is the API's Change record plus, when known, its `gain` (measured or from the
 * recorded benchmark, saying which) and its own `diff` (the change applied alone).
 */
export function jsonReport(input: ReportInput, options: ReportOptions = {}): string {
  const details = new Map((input.details ?? []).map((d) => [d.id, d]));
  const measured = measuredSpeedups(input);
  const report = {
    format: 'perfmod-report',
    version: JSON_REPORT_VERSION,
    tool: { name: 'perfmod', version: options.version ?? null },
    summary: {
      transforms: input.transforms.map((t) => t.id),
      safety: input.safety,
      dry: input.dry,
      filesScanned: input.filesScanned,
      filesChanged: input.filesChanged,
      filesFailed: input.filesFailed,
      rewrites: countsByTransform(input),
      elapsedMs: input.elapsedMs,
    },
    changes: input.changes.map((change) => {
      const gain = gainOf(change, measured);
      const detail = details.get(change.id);
      return { ...change, ...(gain ? { gain } : {}), ...(detail?.diff ? { diff: detail.diff } : {}) };
    }),
    ...(input.workflow ?? {}),
    ...(options.explain ? { skipped: input.skipped } : {}),
    errors: input.errors,
    ...(input.warnings && input.warnings.length > 0 ? { warnings: input.warnings } : {}),
    ...(options.includeDiffs ? { diffs: input.diffs } : {}),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
