import fc from 'fast-check';
import { g, isArbitrary } from './generators';

/** One `// @perfmod-check fn(args...)` line of a fixture. */
export interface CheckLine {
  /** 1-based line in the fixture file. */
  line: number;
  /** The exported function to call. */
  fn: string;
  /** The argument generator expressions, as written (JS, evaluated with `g` in scope). */
  argsSource: string;
  /** The whole declaration after the marker, for test names and messages. */
  text: string;
}

const MARKER = '@perfmod-check';
// The call must be the whole rest of the comment: name, '(', anything, ')' at the end of the line.
const CHECK_LINE = /^\s*\/\/\s*@perfmod-check\s+([A-Za-z_$][\w$]*)\s*\((.*)\)\s*$/;

export class CheckLineError extends Error {}

/**
 * Every check declared in a source text. A line that mentions the marker in a line comment but
 * does not have the `fn(args...)` shape is an error, so that a typo never silently drops a check.
 */
export function parseCheckLines(source: string): CheckLine[] {
  const checks: CheckLine[] = [];
  source.split(/\r\n|\r|\n/).forEach((text, index) => {
    const commentAt = text.indexOf('//');
    if (commentAt === -1 || !text.slice(commentAt).includes(MARKER)) return;
    if (text.slice(0, commentAt).trim() !== '') {
      throw new CheckLineError(`line ${index + 1}: ${MARKER} must be on its own line comment: ${text.trim()}`);
    }
    const match = CHECK_LINE.exec(text);
    if (!match) {
      throw new CheckLineError(`line ${index + 1}: expected '// ${MARKER} fn(generators...)', got: ${text.trim()}`);
    }
    const [, fn, argsSource] = match;
    checks.push({ line: index + 1, fn, argsSource: argsSource.trim(), text: `${fn}(${argsSource.trim()})` });
  });
  return checks;
}

/**
 * Evaluates the argument expressions of a check with `g` (and `fc`) in scope and returns one
 * arbitrary producing the whole argument list.
 */
export function argumentsArbitrary(check: CheckLine): fc.Arbitrary<unknown[]> {
  let values: unknown;
  try {
    // An array literal parses the argument list with JavaScript's own grammar (nested commas, calls...).
    values = new Function('g', 'fc', `"use strict"; return [${check.argsSource}];`)(g, fc);
  } catch (error) {
    throw new CheckLineError(`line ${check.line}: cannot evaluate generators of ${check.text}: ${(error as Error).message}`);
  }
  const arbs = values as unknown[];
  arbs.forEach((arb, i) => {
    if (!isArbitrary(arb)) {
      throw new CheckLineError(`line ${check.line}: argument ${i + 1} of ${check.text} is not a generator (use g.*)`);
    }
  });
  return arbs.length === 0 ? fc.constant([]) : (fc.tuple(...(arbs as fc.Arbitrary<unknown>[])) as fc.Arbitrary<unknown[]>);
}
