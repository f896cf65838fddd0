import { diffArrays } from 'diff';

/**
 * recast prints every line with one terminator and re-indents the lines it reuses (it expands
 * indentation tabs when it parses). In a file with mixed CRLF/LF endings, or tabs in a file
 * indented with spaces, lines perfmod never touched would come out with other bytes. This puts
 * the original bytes back: a line-level diff of the printed text against the parsed one, and every
 * line the diff calls unchanged is taken from the file as read, with its own terminator. Only the
 * lines a rewrite produced are new; they take the terminator of the line they replace, or of the line above.
 */

const LINE = /\r\n|\n|\r|\u2028|\u2029/g;

interface Line {
  text: string;
  end: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    lines.push({ text: text.slice(start, m.index), end: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), end: '' });
  return lines;
}

/** Beyond this many edited lines the diff costs more than it is worth: the printed text is kept. */
const MAX_EDIT_LENGTH = 20_000;

/**
 * `original`: the file as read (no BOM); `parsed`: the text recast's parser saw (same lines,
 * normalised); `printed`: recast's output. Returns `printed` with untouched lines byte-exact.
 */
export function restoreUntouchedLines(original: string, parsed: string, printed: string): string {
  const before = splitLines(original);
  const seen = splitLines(parsed);
  const after = splitLines(printed);
  // The parser's text has the same lines as the file; if not, do not guess.
  if (seen.length !== before.length) return printed;
  const same = (i: number, line: string) => line === before[i].text || line === seen[i].text;

  // Common head and tail first: most of a file is untouched, and the diff is then small.
  let head = 0;
  while (head < before.length && head < after.length && same(head, after[head].text)) head++;
  let tail = 0;
  while (
    tail < before.length - head && tail < after.length - head &&
    same(before.length - 1 - tail, after[after.length - 1 - tail].text)
  ) tail++;

  const oldMiddle = Array.from({ length: before.length - head - tail }, (_, k) => head + k);
  const newMiddle = after.slice(head, after.length - tail).map((l) => l.text);
  const parts = diffArrays<number | string>(oldMiddle, newMiddle, {
    comparator: (left, right) => (typeof left === 'number' ? same(left, right as string) : same(right as number, left as string)),
    maxEditLength: MAX_EDIT_LENGTH,
  });
  if (!parts) return printed;

  const out: string[] = [];
  let fallbackEnd = before.find((l) => l.end !== '')?.end ?? '\n';
  const keep = (i: number) => {
    out.push(before[i].text, before[i].end);
    if (before[i].end) fallbackEnd = before[i].end;
  };
  // Lines that replace removed ones take the first removed line's terminator, others the one above.
  let replacedEnd: string | undefined;
  let replaced: { start: number; count: number } | undefined;
  const add = (j: number, k: number) => {
    const line = after[j];
    const end = line.end === '' ? '' : line.end === '\u2028' || line.end === '\u2029' ? line.end : (replacedEnd || fallbackEnd);
    out.push(replaced && k < replaced.count ? keepIndentation(line.text, replaced.start + k) : line.text, end);
  };
  // A rewritten line indented as the parser saw the line it replaces (tabs expanded) gets that
  // line's own indentation back.
  const keepIndentation = (text: string, i: number) => {
    const shown = /^[ \t]*/.exec(seen[i].text)![0];
    const own = /^[ \t]*/.exec(before[i].text)![0];
    return shown !== own && text.startsWith(shown) && !/^[ \t]/.test(text.slice(shown.length)) ? own + text.slice(shown.length) : text;
  };

  for (let i = 0; i < head; i++) keep(i);
  let oldPos = head;
  let newPos = head;
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (part.added) {
      for (let k = 0; k < count; k++) add(newPos + k, k);
      newPos += count;
      replaced = undefined;
    } else if (part.removed) {
      replacedEnd = before[oldPos].end;
      replaced = { start: oldPos, count };
      oldPos += count;
    } else {
      replacedEnd = undefined;
      replaced = undefined;
      for (let k = 0; k < count; k++) keep(oldPos + k);
      oldPos += count;
      newPos += count;
    }
  }
  for (let k = 0; k < tail; k++) keep(before.length - tail + k);
  // Every line but the last ends with a terminator (the file's old last line may now have more
  // after it); the last ends as the printed text does, with none.
  const eol = before.find((l) => l.end !== '')?.end ?? '\n';
  for (let k = 1; k < out.length - 2; k += 2) if (out[k] === '') out[k] = eol;
  if (out.length > 0) out[out.length - 1] = '';
  return out.join('');
}
