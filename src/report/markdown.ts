import { workflowMarkdown } from '../workflow/report-lines';
import type { Change } from '../engine/types';
import { hunksWithChanges } from './annotated-diff';
import type { ChangeDetail } from './change-detail';
import { gainOf, gainText, measuredSpeedups, ratio, type Measured } from './evidence';
import { countsByTransform, location, type ReportInput, type ReportOptions } from './types';

/** GitHub refuses comments over 65,536 characters: hunks stop being inlined first, then sections shrink to one line. */
const HUNK_BUDGET = 30_000;
const COMMENT_BUDGET = 60_000;
/** Above this many rewrites, each file's rewrites fold into one section too. */
const FOLD_FILES_ABOVE = 20;

/**
 * A pull-request comment body: what changed per transform, then one collapsible section per
 * rewrite with its place, complexity, gain (saying whether measured or from perfmod's recorded
 * benchmark), safety, the assumptions to check and its own hunk.
 */
export function markdownReport(input: ReportInput, options: ReportOptions = {}): string {
  const out: string[] = [];
  const safe = input.changes.filter((c) => c.safety === 'safe').length;
  const review = input.changes.length - safe;
  const files = new Set(input.changes.map((c) => c.file));
  out.push(
    input.changes.length === 0
      ? '## perfmod: no rewrites'
      : `## perfmod: ${count(input.changes.length, 'rewrite')} in ${count(files.size, 'file')} (${safe} safe, ${review} review)`,
    '',
  );
  out.push(
    `${input.dry ? 'Dry run: nothing was written. ' : ''}${count(input.filesScanned, 'file')} scanned, ` +
      `${input.filesChanged} ${input.dry ? 'would change' : 'changed'}, ${input.filesFailed} failed ` +
      `(safety: ${input.safety}, ${(input.elapsedMs / 1000).toFixed(2)} s).`,
    '',
  );
  out.push('| transform | rewrites | safe | review | files |', '| --- | ---: | ---: | ---: | ---: |');
  for (const c of countsByTransform(input)) {
    const inFiles = new Set(input.changes.filter((x) => x.transform === c.id).map((x) => x.file)).size;
    out.push(`| \`${c.id}\` | ${c.safe + c.review} | ${c.safe} | ${c.review} | ${inFiles} |`);
  }
  out.push(`| **total** | ${input.changes.length} | ${safe} | ${review} | ${files.size} |`, '');

  const measure = input.workflow?.measure;
  if (measure && typeof measure.speedup === 'number') {
    out.push(`Measured with \`--measure\`${measure.command ? ` (\`${measure.command}\`${measure.runs ? `, ${measure.runs} runs` : ''})` : ''}: ${ratio(measure.speedup)} for all changes together.`, '');
  }

  if (input.changes.length > 0) {
    out.push('### Rewrites', '');
    out.push(
      '_safe_: proven equivalent from the code. _review_: equivalent only if the listed assumptions hold; check each box. ' +
        'A gain is measured only when it says so; otherwise it is perfmod\'s recorded benchmark of the transform, not a measurement of this code.',
      '',
    );
    const room = COMMENT_BUDGET - size(out) - size(tailOf(input, options));
    // The richest form that fits: every rewrite in full; else the review ones in full (they need
    // checking) and the safe ones in one line; else all in one line; else as many as fit.
    const forms: Form[] = ['full', 'review-full', 'lines'];
    let rendered = renderChanges(input, files, 'lines', room);
    for (const form of forms) {
      const attempt = renderChanges(input, files, form, room);
      if (attempt.omitted === 0) {
        rendered = attempt;
        break;
      }
    }
    out.push(...rendered.lines);
    const cut = [
      rendered.hunksLeft > 0 ? `${count(rendered.hunksLeft, 'hunk')} left out` : '',
      rendered.shortened > 0 ? `${count(rendered.shortened, 'rewrite')} shown in one line` : '',
      rendered.omitted > 0 ? `${count(rendered.omitted, 'rewrite')} not shown` : '',
    ].filter(Boolean);
    if (cut.length > 0) {
      out.push(`_To stay within GitHub's comment size: ${cut.join(', ')}. \`--dry\`, \`--patch-dir\` or \`--report json\` show everything._`, '');
    }
  }
  out.push(...tailOf(input, options));
  return out.join('\n');
}

type Form = 'full' | 'review-full' | 'lines';

/** The rewrites, file by file, in one form, within `room` characters (what does not fit is counted as omitted). */
function renderChanges(input: ReportInput, files: Set<string | undefined>, form: Form, room: number) {
  const details = input.details ?? [];
  const measured = measuredSpeedups(input);
  const result = { lines: [] as string[], hunksLeft: 0, shortened: 0, omitted: 0 };
  let hunkBudget = HUNK_BUDGET;
  let left = room;
  const fold = input.changes.length > FOLD_FILES_ABOVE;
  for (const file of files) {
    const mine = input.changes.filter((c) => c.file === file);
    const block: string[] = [];
    for (const change of mine) {
      let lines: string[];
      if (form === 'full' || (form === 'review-full' && change.safety === 'review')) {
        const hunk = hunkOf(change, input, details);
        const inline = hunk !== null && hunk.length <= hunkBudget;
        if (inline) hunkBudget -= hunk.length;
        else if (hunk !== null) result.hunksLeft++;
        lines = section(change, inline ? hunk : null, measured);
      } else {
        lines = [oneLine(change), ''];
        result.shortened++;
      }
      if (size(lines) > left - 200) {
        result.omitted++;
        continue;
      }
      left -= size(lines);
      block.push(...lines);
    }
    if (block.length === 0) continue;
    if (fold) result.lines.push('<details>', `<summary><code>${html(file ?? '<input>')}</code>: ${count(mine.length, 'rewrite')}</summary>`, '');
    result.lines.push(...block);
    if (fold) result.lines.push('</details>', '');
  }
  return result;
}

/** Skipped candidates (`--explain`) and failed files: the end of the comment. */
function tailOf(input: ReportInput, options: ReportOptions): string[] {
  const out: string[] = [...workflowMarkdown(input)];
  if (options.explain && input.skipped.length > 0) {
    out.push('<details>', `<summary>Not rewritten: ${count(input.skipped.length, 'candidate')}</summary>`, '');
    out.push('| location | transform | reason |', '| --- | --- | --- |');
    for (const s of input.skipped) out.push(`| \`${location(s)}\` | \`${s.transform}\` | ${cell(s.reason)} |`);
    out.push('', '</details>', '');
  }
  if (input.errors.length > 0) {
    out.push('### Files that could not be processed', '');
    for (const e of input.errors) out.push(`- \`${location(e)}\`: ${cell(e.reason)}`);
    out.push('');
  }
  return out;
}

function size(lines: readonly string[]): number {
  return lines.reduce((n, line) => n + line.length + 1, 0);
}

/** A rewrite in one line, when the comment has no room for its section. */
function oneLine(change: Change): string {
  return `- <code>${html(`${change.file ?? '<input>'}:${change.line}`)}</code> · <code>${change.transform}</code> · ${change.safety} · ${md(change.message)} (id \`${change.id}\`)`;
}

function section(change: Change, hunk: string | null, measured: Measured): string[] {
  const complexity = change.complexity ? `${change.complexity.before} → ${change.complexity.after}` : null;
  const gain = gainOf(change, measured);
  const summary = [
    `<code>${html(`${change.file ?? '<input>'}:${change.line}`)}</code>`,
    `<code>${change.transform}</code>`,
    change.safety,
    ...(complexity ? [html(complexity)] : []),
    ...(gain ? [`${gain.source === 'measured' ? ratio(gain.min) : range(gain)} (${gain.source === 'measured' ? 'measured' : 'benchmark'})`] : []),
  ].join(' · ');
  const lines = ['<details>', `<summary>${summary}</summary>`, '', md(change.message), ''];
  lines.push(`- **Where:** \`${location(change)}\`, change id \`${change.id}\``);
  if (complexity) lines.push(`- **Complexity:** ${complexity}${change.complexity?.pays ? ` (${change.complexity.pays})` : ''}`);
  lines.push(`- **Gain:** ${gain ? gainText(gain) : 'not measured, and no recorded benchmark'}`);
  if (change.profile) lines.push(`- **Profile:** ${(change.profile.share * 100).toFixed(1)}% of samples (${change.profile.samples})`);
  if (change.verify) lines.push(`- **Verify:** ${change.verify === 'verified' ? 'the command passed with this change' : 'reverted: the command failed with it'}`);
  if (change.reverted) lines.push(`- **Reverted:** ${md(change.reverted)}`);
  if (change.safety === 'safe') lines.push('- **Safety:** safe (proven equivalent)');
  else {
    lines.push('- **Safety:** review; equivalent only if all of these hold:');
    for (const a of change.assumptions) lines.push(`  - [ ] ${md(a)}`);
  }
  lines.push('');
  if (hunk !== null) lines.push(fence(hunk), '');
  lines.push('</details>', '');
  return lines;
}

function range(gain: { min: number; max: number }): string {
  return gain.min === gain.max ? ratio(gain.min) : `${ratio(gain.min)}–${ratio(gain.max)}`;
}

/** The change's own diff (applied alone) without file headers, or the file hunks that hold it. */
function hunkOf(change: Change, input: ReportInput, details: readonly ChangeDetail[]): string | null {
  const detail = details.find((d) => d.id === change.id);
  if (detail && detail.diff) return withoutHeaders(detail.diff);
  const fileDiff = input.diffs.find((d) => d.file === change.file);
  if (!fileDiff) return null;
  const hunks = hunksWithChanges(fileDiff.diff, input.changes.filter((c) => c.file === change.file), details).filter((v) => v.changes.includes(change));
  if (hunks.length === 0) return null;
  return hunks.map(({ hunk }) => [`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines].join('\n')).join('\n');
}

function withoutHeaders(diff: string): string {
  return diff.split('\n').filter((line) => !line.startsWith('--- ') && !line.startsWith('+++ ')).join('\n').replace(/\n$/, '');
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

/** Table cells cannot hold pipes or newlines. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Text from code (messages, assumptions) inside markdown: no accidental HTML, emphasis or tables. */
function md(text: string): string {
  return html(text).replace(/([\\`*_[\]|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A fence longer than any backtick run inside the diff. */
function fence(diff: string): string {
  const longest = Math.max(2, ...(diff.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}diff\n${diff.replace(/\n$/, '')}\n${ticks}`;
}
