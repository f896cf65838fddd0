import { createTwoFilesPatch } from 'diff';

/**
 * A unified diff of one file with `a/` and `b/` prefixes (applies with `git apply` or `patch -p1`).
 * Empty when nothing changed. CR characters of CRLF files are kept inside the lines.
 */
export function unifiedDiff(displayPath: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff starts with a line of '=' (an `Index:` separator); git-style diffs begin at `---`.
  return patch.replace(/^=+\n/, '');
}
