import type { Change, RunRecords } from '../engine/types';
import { percent } from '../profile/share';
import { median } from './measure';
import { quoteForLocation } from '../report/quote';
import type { MeasureRecord } from './types';

/** What reports print for the loop's parts; plain functions of the records, shared by every format. */

/** ` (12% of samples)` after a change's line when a profile was given. */
export function shareNote(change: Change): string {
  return change.profile ? ` (${percent(change.profile.share)} of samples)` : '';
}

/** Whether a change is in the tree perfmod leaves (reverted ones are reported, not counted). */
export function isKept(change: Change): boolean {
  return change.reverted === undefined;
}

/** The text report's lines for the loop, after the changes. */
export function workflowTextLines(input: RunRecords): string[] {
  const w = input.workflow;
  if (!w) return [];
  const lines: string[] = [];
  if (w.profile) {
    const from = w.profile.command ? ` of \`${w.profile.command}\`` : '';
    lines.push(
      `profile: ${count(w.profile.profiles, 'profile')}${from}, ${count(Math.round(w.profile.samples), 'sample')}; ` +
        `${count(w.profile.cold, 'cold candidate')} left alone (below ${percent(w.profile.minShare)})`,
    );
    if (w.profile.inMemory?.length) lines.push(`    warning: compiled in memory, positions may be off: ${w.profile.inMemory.join(', ')}`);
  }
  if (w.verify) {
    const reverted = w.verify.reverted.length;
    lines.push(
      `verify: \`${w.verify.command}\` ${w.verify.final === 'passed' ? 'passes' : 'fails'} on the ${input.dry ? 'tree perfmod would leave' : 'final tree'} ` +
        `(${count(w.verify.runs, 'run')})${reverted > 0 ? `; ${count(reverted, 'rewrite')} reverted because it failed with them` : ''}`,
    );
  }
  if (w.measure) lines.push(...measureLines(w.measure));
  return lines;
}

function measureLines(m: MeasureRecord): string[] {
  const lines = [
    `measured${m.alone ? ` (the best change alone, ${m.alone})` : ''}: ${ms(median(m.beforeMs))} -> ${ms(median(m.afterMs))} (${m.speedup}x), ${count(m.runs, 'run')} each`,
    `    before: min ${ms(Math.min(...m.beforeMs))}, max ${ms(Math.max(...m.beforeMs))}; after: min ${ms(Math.min(...m.afterMs))}, max ${ms(Math.max(...m.afterMs))}`,
  ];
  for (const e of m.each ?? []) lines.push(`    ${e.id} alone: ${e.speedup}x, ${e.kept ? 'kept' : 'reverted'}`);
  if (m.reverted > 0 && m.speedup < m.minSpeedup) {
    lines.push(`no measured gain: ${m.speedup}x < ${m.minSpeedup}x, ${count(m.reverted, 'rewrite')} reverted`);
  } else if (m.reverted > 0) {
    lines.push(`no measured gain alone: ${count(m.reverted, 'rewrite')} below ${m.minSpeedup}x reverted`);
  }
  return lines;
}

/** Markdown: the before/after table and each kept change's share. */
export function workflowMarkdown(input: RunRecords): string[] {
  const w = input.workflow;
  if (!w) return [];
  const out: string[] = ['## Profile, verification, measurement', ''];
  if (w.profile) {
    out.push(`Profile: ${count(w.profile.profiles, 'profile')}, ${count(Math.round(w.profile.samples), 'sample')}; ${count(w.profile.cold, 'cold candidate')} left alone (below ${percent(w.profile.minShare)}).`, '');
  }
  if (w.verify) {
    out.push(`Verify: \`${w.verify.command}\` ${w.verify.final === 'passed' ? 'passes' : 'fails'} on the final tree (${count(w.verify.runs, 'run')}); ${count(w.verify.reverted.length, 'rewrite')} reverted.`, '');
  }
  const m = w.measure;
  if (m) {
    out.push(`Measure: \`${m.command}\`, ${count(m.runs, 'run')} each, alternated after a warm-up: **${m.speedup}x**${m.speedup < m.minSpeedup ? ` (below ${m.minSpeedup}x: reverted)` : ''}.`, '');
    out.push('| | before | after |', '| --- | ---: | ---: |');
    out.push(`| median | ${ms(median(m.beforeMs))} | ${ms(median(m.afterMs))} |`);
    out.push(`| min | ${ms(Math.min(...m.beforeMs))} | ${ms(Math.min(...m.afterMs))} |`);
    out.push(`| max | ${ms(Math.max(...m.beforeMs))} | ${ms(Math.max(...m.afterMs))} |`, '');
  }
  const changes = input.changes.filter((c) => c.profile || c.verify || c.reverted);
  if (changes.length > 0) {
    out.push('| change | location | share of samples | outcome |', '| --- | --- | ---: | --- |');
    for (const c of changes) {
      const outcome = c.reverted ? `reverted: ${c.reverted.split('\n')[0].replace(/\|/g, '\\|')}` : c.verify === 'verified' ? 'kept, verified' : 'kept';
      out.push(`| \`${c.id}\` | \`${quoteForLocation(c.file ?? '<input>')}:${c.line}:${c.column}\` | ${c.profile ? percent(c.profile.share) : '—'} | ${outcome} |`);
    }
    out.push('');
  }
  return out;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
