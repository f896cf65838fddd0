import { createHash } from 'node:crypto';

/**
 * A change's id: the same for the same file, transform and candidate position in the original
 * text, whatever else is applied. Positions come from the original parse, so leaving out another
 * change (`--only`, bisection) does not move the ids of the rest.
 */
export function changeId(transform: string, file: string | undefined, span: string): string {
  return createHash('sha1').update(`${transform}\0${file ?? ''}\0${span}`).digest('hex').slice(0, 10);
}

/** `line:column-line:column` of a node from the original parse; '' for a node made by a transform. */
export function spanOf(node: unknown): string {
  const loc = (node as { loc?: { start?: Position; end?: Position } } | undefined)?.loc;
  if (!loc?.start) return '';
  const end = loc.end ?? loc.start;
  return `${loc.start.line}:${loc.start.column}-${end.line}:${end.column}`;
}

interface Position { line: number; column: number }
