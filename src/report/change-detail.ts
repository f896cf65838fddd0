import { diffLines } from 'diff';
import { unifiedDiff } from './diff';

/**
 * One change on its own: the file as it would be with only this change applied (`--only ID`),
 * as a unified diff against the original and as text replacements (SARIF `fixes`, hunk lookup).
 */
export interface ChangeDetail {
  id: string;
  file: string;
  diff: string;
  replacements: Replacement[];
}

/** Whole lines of the original replaced by new text. `startLine..endLine` (1-based, inclusive) is empty for a pure insertion (endLine = startLine - 1). */
export interface Replacement {
  startLine: number;
  endLine: number;
  charOffset: number;
  charLength: number;
  insertedContent: string;
}

export function changeDetail(id: string, file: string, before: string, after: string): ChangeDetail {
  return { id, file, diff: unifiedDiff(file, before, after), replacements: replacements(before, after) };
}

/** Runs of removed and added lines, merged when adjacent, positioned in `before`. */
export function replacements(before: string, after: string): Replacement[] {
  const out: Replacement[] = [];
  let offset = 0;
  let line = 1;
  let open: Replacement | null = null;
  for (const part of diffLines(before, after)) {
    const lines = part.count ?? part.value.split('\n').length - 1;
    if (!part.added && !part.removed) {
      open = null;
      offset += part.value.length;
      line += lines;
      continue;
    }
    if (!open) {
      open = { startLine: line, endLine: line - 1, charOffset: offset, charLength: 0, insertedContent: '' };
      out.push(open);
    }
    if (part.removed) {
      open.charLength += part.value.length;
      open.endLine += lines;
      offset += part.value.length;
      line += lines;
    } else {
      open.insertedContent += part.value;
    }
  }
  return out;
}
