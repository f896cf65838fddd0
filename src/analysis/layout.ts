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

/**
 * Whether the file ends its statements with semicolons. A file written without them (standard
 * style) has almost no line ending in `;` among many code lines.
 */
export function usesSemicolons(source: string): boolean {
  const code = source.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('//') && !l.startsWith('*') && !l.startsWith('/*'));
  if (code.length < 3) return true;
  // Statement-ending semicolons: at the end of a line, or before a closing brace (`{ return x; }`).
  const ending = code.filter((l) => !l.startsWith('for') && /;\s*(\}|$)/.test(l)).length;
  return ending / code.length >= 0.05;
}

/** Tokens that continue an expression from the line before: a semicolon must stay in front of them. */
const CONTINUES_PREVIOUS = /^[([`+\-/*%.,<>=&|?:!~]/;

/**
 * In a file written without semicolons, removes the `;` that printing put at the end of lines the
 * file did not have (perfmod's new statements), unless the next line would then continue them.
 */
export function dropNewSemicolons(printed: string, source: string): string {
  const eol = printed.includes('\r\n') ? '\r\n' : '\n';
  const original = new Set(source.split(/\r?\n/).map((l) => l.trim()));
  const lines = printed.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.endsWith(';') || line.trimEnd().endsWith(';;') || original.has(line.trim())) continue;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
    if (CONTINUES_PREVIOUS.test(next)) continue;
    lines[i] = line.slice(0, -1);
  }
  return lines.join(eol);
}
