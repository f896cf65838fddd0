import { createTwoFilesPatch } from 'diff';

/**
 * A unified diff of expected vs actual text, readable in a test failure. Differences that are
 * invisible in a diff (line endings, trailing whitespace, a final newline, a BOM) are named.
 */
export function readableDiff(expected: string, actual: string, expectedLabel = 'expected', actualLabel = 'actual'): string {
  const patch = createTwoFilesPatch(expectedLabel, actualLabel, expected, actual, '', '', { context: 3 });
  const notes: string[] = [];
  if (expected.includes('\r\n') !== actual.includes('\r\n')) notes.push('line endings differ (CRLF vs LF)');
  if (expected.endsWith('\n') !== actual.endsWith('\n')) notes.push('final newline differs');
  if (expected.startsWith('\uFEFF') !== actual.startsWith('\uFEFF')) notes.push('byte order mark differs');
  if (notes.length === 0 && expected.replace(/[ \t]+$/gm, '') === actual.replace(/[ \t]+$/gm, '')) {
    notes.push('only trailing whitespace differs');
  }
  return [patch.split('\n').slice(1).join('\n').trimEnd(), ...notes.map((n) => `note: ${n}`)].join('\n');
}
