/**
 * The file's layout conventions, so code perfmod writes looks like the code around it.
 */

/** Whether the file indents with tabs (more tab-indented lines than space-indented ones). */
export function indentsWithTabs(source: string): boolean {
  const tabs = source.match(/^\t/gm)?.length ?? 0;
  const spaces = source.match(/^ {2,}\S/gm)?.length ?? 0;
  return tabs > spaces;
}

/**
 * The file's indentation step in spaces (the most common increase from one line to the next), so a
 * block recast reprints is indented like the rest of the file rather than by recast's default 4.
 */
export function indentStep(source: string): number | undefined {
  const counts = new Map<number, number>();
  let previous = 0;
  for (const line of source.split(/\r?\n/)) {
    const match = /^( *)(\S)/.exec(line);
    if (!match || match[2] === '*') continue; // blank lines and JSDoc continuation lines say nothing
    const indent = match[1].length;
    if (indent > previous && indent - previous <= 8) counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1);
    previous = indent;
  }
  let best: number | undefined; // no indented line: recast's own guess
  let bestCount = 0;
  for (const [step, count] of counts) if (count > bestCount) [best, bestCount] = [step, count];
  return best;
}

/** One level of the file's indentation: a tab, or its step in spaces (2 when nothing says otherwise). */
export function indentUnit(source: string): string {
  return indentsWithTabs(source) ? '\t' : ' '.repeat(indentStep(source) ?? 2);
}

/** Re-indents code written with two-space levels to the file's own unit. */
export function reindent(code: string, unit: string): string {
  if (unit === '  ') return code;
  return code.replace(/^((?:  )+)/gm, (levels: string) => unit.repeat(levels.length / 2));
}
