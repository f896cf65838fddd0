import { createHash } from 'node:crypto';
import { diffArrays } from 'diff';

/**
 * A change's id: the same for the same file, transform and candidate, whatever else is applied.
 * In `all`, each transform parses the text the transforms before it printed, so positions move
 * with the changes made before; ids are therefore made from the candidate's own source text and
 * how many candidates of the same transform with that text came before it. Leaving out another
 * change (`--only`, bisection, one commit per change) does not move the ids of the rest.
 */
export function changeId(transform: string, file: string | undefined, key: string): string {
  return createHash('sha1').update(`${transform}\0${file ?? ''}\0${key}`).digest('hex').slice(0, 10);
}

/** Keys of one transform's candidates in one file: `text#n`, n counting earlier equal texts. */
export function candidateKeys(text: string): (node: unknown) => string {
  const seen = new Map<string, number>();
  return (node) => {
    const own = sourceOf(node, text);
    const n = seen.get(own) ?? 0;
    seen.set(own, n + 1);
    return `${own}#${n}`;
  };
}

/** The node's source text with whitespace runs made one space (re-indenting does not change it). */
function sourceOf(node: unknown, text: string): string {
  const n = node as { start?: number; end?: number; loc?: { start?: { line: number; column: number } } } | undefined;
  if (typeof n?.start === 'number' && typeof n.end === 'number') return text.slice(n.start, n.end).replace(/\s+/g, ' ');
  return n?.loc?.start ? `@${n.loc.start.line}:${n.loc.start.column}` : '';
}

/**
 * Line numbers of a later text mapped to the original text's lines: unchanged lines to their
 * original line, inserted lines to the original line they were inserted before. Reports and
 * profile shares speak of the file as the user has it.
 */
export function lineMapTo(original: string, current: string): (line: number) => number {
  if (original === current) return (line) => line;
  const map: number[] = [];
  let before = 1;
  let after = 1;
  for (const part of diffArrays(original.split('\n'), current.split('\n'))) {
    const n = part.count ?? part.value.length;
    if (part.removed) before += n;
    else for (let k = 0; k < n; k++) map[after++] = part.added ? before : before++;
  }
  return (line) => map[line] ?? line;
}
