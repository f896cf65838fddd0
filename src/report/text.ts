import { shareNote, workflowTextLines } from '../workflow/report-lines';
import { countsByTransform, location, type ReportInput, type ReportOptions } from './types';

/** The one `--explain` line for a candidate that was not rewritten, in dry and real runs alike. */
export function skipLine(skip: ReportInput['skipped'][number]): string {
  return `${location(skip)}: [skipped] ${skip.transform}: ${skip.reason}`;
}

/** One line per rewrite (`path:line:col: [safety] transform: message`), assumptions indented below. */
export function textReport(input: ReportInput, options: ReportOptions = {}): string {
  const lines: string[] = [];
  const verb = input.dry ? 'would rewrite' : 'rewrote';
  for (const change of input.changes) {
    const complexity = change.complexity ? ` (${change.complexity.before} -> ${change.complexity.after}${change.complexity.pays ? `; ${change.complexity.pays}` : ''})` : '';
    lines.push(`${location(change)}: [${change.reverted ? 'reverted' : change.safety}] ${change.transform}: ${change.message}${complexity}${shareNote(change)} (id ${change.id})`);
    for (const assumption of change.assumptions) lines.push(`    assumes: ${assumption}`);
    if (change.reverted) lines.push(...change.reverted.split('\n').map((l, i) => `    ${i === 0 ? 'reverted: ' : '  '}${l}`));
  }
  lines.push(...workflowTextLines(input));
  if (options.explain) {
    for (const skip of input.skipped) lines.push(skipLine(skip));
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
  const kept = input.changes.filter((c) => !c.reverted).length;
  return `${kept} ${kept === 1 ? 'rewrite' : 'rewrites'} (${verb}) in ${input.filesChanged} of ${input.filesScanned} files; ${input.filesFailed} failed; ${perTransform}`;
}
