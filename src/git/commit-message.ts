import type { Change } from '../engine/types';
import { evidenceLines } from '../report/evidence';
import { location } from '../report/types';

/**
 * `perf(<transform>): <message>`, then where, how safe, what must hold and the evidence: what a
 * reviewer needs to accept or drop this one change (`--commit-each`, `--patch-dir`).
 */
export function commitMessage(change: Change): string {
  const body: string[] = [];
  body.push(`${location(change)} (perfmod change ${change.id})`);
  if (change.complexity) body.push(`Complexity: ${change.complexity.before} -> ${change.complexity.after}`);
  body.push(
    change.safety === 'safe'
      ? 'Safety: safe (proven equivalent from the code).'
      : 'Safety: review (equivalent only if the assumptions below hold).',
  );
  if (change.assumptions.length > 0) body.push('', 'Assumptions to check:', ...change.assumptions.map((a) => `- ${a}`));
  const evidence = evidenceLines(change);
  if (evidence.length > 0) body.push('', 'Evidence:', ...evidence.map((e) => `- ${e}`));
  return `perf(${change.transform}): ${oneLine(change.message)}\n\n${body.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
