import { countsByTransform, location, type ReportInput, type ReportOptions } from './types';

/** One line per rewrite (`path:line:col: [safety] transform: message`), assumptions indented below. */
export function textReport(input: ReportInput, options: ReportOptions = {}): string {
  const lines: string[] = [];
  const verb = input.dry ? 'would rewrite' : 'rewrote';
  for (const change of input.changes) {
    const complexity = change.complexity ? ` (${change.complexity.before} -> ${change.complexity.after})` : '';
    lines.push(`${location(change)}: [${change.safety}] ${change.transform}: ${change.message}${complexity} (id ${change.id})`);
    for (const assumption of change.assumptions) lines.push(`    assumes: ${assumption}`);
  }
  if (options.explain) {
    for (const skip of input.skipped) lines.push(`${location(skip)}: [skipped] ${skip.transform}: ${skip.reason}`);
  }
  if (!options.compact) {
    for (const error of input.errors) lines.push(`${location(error)}: [error] ${error.reason}`);
    lines.push(summaryLine(input, verb));
  }
  if (options.includeDiffs && input.diffs.length > 0) {
    lines.push('');
    for (const { diff } of input.diffs) lines.push(diff.replace(/\n$/, ''));
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function summaryLine(input: ReportInput, verb: string): string {
  const perTransform = countsByTransform(input)
    .map((c) => `${c.id} ${c.safe} safe / ${c.review} review`)
    .join(', ');
  return `${input.changes.length} ${input.changes.length === 1 ? 'rewrite' : 'rewrites'} (${verb}) in ${input.filesChanged} of ${input.filesScanned} files; ${input.filesFailed} failed; ${perTransform}`;
}
