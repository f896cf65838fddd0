import { countsByTransform, type ReportInput, type ReportOptions } from './types';

/** A report to paste into a pull request or CI summary. */
export function markdownReport(input: ReportInput, options: ReportOptions = {}): string {
  const out: string[] = [];
  out.push('# perfmod report', '');
  out.push(
    `${input.dry ? 'Dry run: nothing was written. ' : ''}${input.filesScanned} files scanned, ` +
      `${input.filesChanged} ${input.dry ? 'would change' : 'changed'}, ${input.filesFailed} failed ` +
      `(safety: ${input.safety}, ${(input.elapsedMs / 1000).toFixed(2)} s).`,
    '',
  );
  out.push('| transform | safe | review |', '| --- | ---: | ---: |');
  for (const c of countsByTransform(input)) out.push(`| \`${c.id}\` | ${c.safe} | ${c.review} |`);
  out.push('');

  if (input.changes.length > 0) {
    out.push('## Rewrites', '');
    out.push('| location | transform | safety | what | assumptions |', '| --- | --- | --- | --- | --- |');
    for (const c of input.changes) {
      const complexity = c.complexity ? ` (${c.complexity.before} → ${c.complexity.after}${c.complexity.pays ? `; ${c.complexity.pays}` : ''})` : '';
      out.push(
        `| \`${c.file}:${c.line}:${c.column}\` | \`${c.transform}\` | ${c.safety} | ${cell(c.message + complexity)} | ${cell(c.assumptions.join('; ')) || '—'} |`,
      );
    }
    out.push('');
  }
  if (options.explain && input.skipped.length > 0) {
    out.push('## Not rewritten', '');
    out.push('| location | transform | reason |', '| --- | --- | --- |');
    for (const s of input.skipped) out.push(`| \`${s.file}:${s.line}:${s.column}\` | \`${s.transform}\` | ${cell(s.reason)} |`);
    out.push('');
  }
  if (input.errors.length > 0) {
    out.push('## Files that could not be processed', '');
    for (const e of input.errors) out.push(`- \`${e.file}:${e.line}:${e.column}\`: ${cell(e.reason)}`);
    out.push('');
  }
  if (options.includeDiffs && input.diffs.length > 0) {
    out.push('## Diff', '');
    for (const { diff } of input.diffs) out.push(fence(diff));
    out.push('');
  }
  return out.join('\n');
}

/** Table cells cannot hold pipes or newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A fence longer than any backtick run inside the diff. */
function fence(diff: string): string {
  const longest = Math.max(2, ...(diff.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}diff\n${diff.replace(/\n$/, '')}\n${ticks}`;
}
