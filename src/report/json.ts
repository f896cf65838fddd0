import { countsByTransform, type ReportInput, type ReportOptions } from './types';

/** Machine-readable report; the shape is stable (`format: 'perfmod-report', version: 1`). */
export function jsonReport(input: ReportInput, options: ReportOptions = {}): string {
  const report = {
    format: 'perfmod-report',
    version: 1,
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
    changes: input.changes,
    ...(input.workflow ?? {}),
    ...(options.explain ? { skipped: input.skipped } : {}),
    errors: input.errors,
    ...(options.includeDiffs ? { diffs: input.diffs } : {}),
  };
  return JSON.stringify(report, null, 2) + '\n';
}
