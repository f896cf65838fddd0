import { parsePatch, type StructuredPatchHunk } from 'diff';
import type { Change } from '../engine/types';
import type { ChangeDetail } from './change-detail';
import { evidenceLines, measuredSpeedups, type Measured } from './evidence';
import { location, type ReportInput } from './types';

/**
 * The `--dry` output: per file, each hunk preceded by what was rewritten there (transform,
 * safety, id, assumptions, evidence) as `#` lines. Each hunk is written as its own patch of the
 * file (`--- a/…` / `+++ b/…` again), so the annotations sit between patches, where `git apply`
 * and `patch` skip text; a hunk's old line numbers count the hunks before it as applied, so the
 * patches apply in sequence without offsets.
 */
export interface AnnotatedDiffOptions {
  /** ANSI colors (a terminal); plain text otherwise. */
  color?: boolean;
}

export interface HunkView {
  hunk: StructuredPatchHunk;
  changes: Change[];
}

const STYLE = { reset: '\x1b[0m', bold: '\x1b[1m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', cyan: '\x1b[36m' };

export function annotatedDiff(input: ReportInput, options: AnnotatedDiffOptions = {}): string {
  const paint = (style: keyof typeof STYLE, text: string) => (options.color ? `${STYLE[style]}${text}${STYLE.reset}` : text);
  const out: string[] = [];
  const shown = new Set<string>();
  const measured = measuredSpeedups(input);
  for (const { file, diff } of input.diffs) {
    const hunks = hunksWithChanges(diff, input.changes.filter((c) => c.file === file), input.details ?? []);
    const header = fileHeader(diff, file);
    let shift = 0;
    for (const { hunk, changes } of hunks) {
      for (const change of changes) {
        // A change spread over several hunks (an index built above, used below) is told once.
        const lines = shown.has(change.id) ? [`${annotation(change)[0]} (continued)`] : annotation(change, measured);
        shown.add(change.id);
        out.push(...lines.map((line) => paint('yellow', line)));
      }
      out.push(...header.map((line) => paint('bold', line)));
      const oldStart = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart + shift;
      out.push(paint('cyan', `@@ -${range(oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`));
      for (const line of hunk.lines) {
        if (line.startsWith('+')) out.push(paint('green', line));
        else if (line.startsWith('-')) out.push(paint('red', line));
        else out.push(line);
      }
      shift += hunk.newLines - hunk.oldLines;
    }
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}

/** The diff's own `---`/`+++` lines: jsdiff quotes a name with a newline or a quote, as git does. */
function fileHeader(diff: string, file: string): string[] {
  const lines = diff.split('\n');
  const at = lines.findIndex((line) => line.startsWith('--- '));
  if (at >= 0 && lines[at + 1]?.startsWith('+++ ')) return [lines[at], lines[at + 1]];
  return [`--- a/${file}`, `+++ b/${file}`];
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** `# perf(transform) [safety] file:line:col (id …)`, the message, assumptions, evidence. */
export function annotation(change: Change, measured?: Measured): string[] {
  const complexity = change.complexity ? ` (${change.complexity.before} -> ${change.complexity.after})` : '';
  return [
    `# perf(${change.transform}) [${change.safety}] ${location(change)} (id ${change.id})`,
    `#   ${change.message}${complexity}`,
    ...change.assumptions.map((a) => `#   assumes: ${a}`),
    ...evidenceLines(change, measured).map((e) => `#   ${e}`),
  ];
}

/**
 * The hunks of one file's diff, each with the changes made in it: a change belongs to the hunks
 * its own isolated diff touches (old lines overlap); without that detail, to the hunk holding its
 * line. A change no hunk claimed goes to the nearest one, so every change is shown.
 */
export function hunksWithChanges(diff: string, changes: readonly Change[], details: readonly ChangeDetail[]): HunkView[] {
  const [patch] = parsePatch(diff);
  if (!patch) return [];
  const views: HunkView[] = patch.hunks.map((hunk) => ({ hunk, changes: [] }));
  const inside = (hunk: StructuredPatchHunk, from: number, to: number) => from <= hunk.oldStart + Math.max(hunk.oldLines, 1) - 1 && to >= hunk.oldStart;
  for (const change of changes) {
    const detail = details.find((d) => d.id === change.id);
    let claimed = views.filter((v) =>
      detail ? detail.replacements.some((r) => inside(v.hunk, r.startLine - (r.endLine < r.startLine ? 1 : 0), Math.max(r.endLine, r.startLine))) : inside(v.hunk, change.line, change.line));
    if (claimed.length === 0 && views.length > 0) {
      const distance = (v: HunkView) => Math.min(Math.abs(v.hunk.oldStart - change.line), Math.abs(v.hunk.oldStart + v.hunk.oldLines - 1 - change.line));
      claimed = [views.reduce((best, v) => (distance(v) < distance(best) ? v : best))];
    }
    for (const view of claimed) view.changes.push(change);
  }
  return views;
}
