import jscodeshift from 'jscodeshift';
import type { Collection } from 'jscodeshift';
import { candidateKeys, changeId, lineMapTo } from './change-id';
import { rewriteRegion, type LineRange } from '../analysis/region';
import { coldReason, DEFAULT_MIN_SHARE } from '../profile/share';
import { regionSamples, type FileHeat } from '../profile/heat';
import { errorPosition, isTooDeeplyNested, makeParser, parsePlain, parserForFile, TOO_DEEP } from './parse';
import { restoreUntouchedLines } from './untouched-lines';
import { createOracleHandle } from '../analysis/types/oracle';
import { referencesDom } from '../analysis/types/dom-globals';
import { dropNewSemicolons, indentStep, indentsWithTabs, usesSemicolons } from '../analysis/layout';
import type {
  Change, ChangeText, Decision, FileError, ParserName, PerfTransform, Skip, TransformOptions, TransformResult,
} from './types';

const BOM = '\uFEFF';

/** Which line terminator the file uses, so reprinted lines match their neighbours. */
function lineTerminatorOf(source: string): string {
  const crlf = source.indexOf('\r\n');
  const lf = source.indexOf('\n');
  return crlf !== -1 && crlf < lf ? '\r\n' : '\n';
}

function locOf(node: unknown): { line: number; column: number } {
  const start = (node as { loc?: { start?: { line: number; column: number } } } | undefined)?.loc?.start;
  return start ? { line: start.line, column: start.column + 1 } : { line: 0, column: 0 };
}

/** Whether the file indents with tabs, so reprinted lines are indented like their neighbours. */
const TAB_WIDTH = 4; // recast's default, used when it expanded the tabs it parsed


/**
 * recast reprints a whole `return` statement whenever anything inside it changed (it guards against
 * a comment put between `return` and its value, which would trigger ASI). That adds `;` in files
 * without semicolons and re-indents a `return (<jsx>)` of many lines for a one-word change. perfmod's
 * new nodes never carry comments, so while printing, recast is told that no statement is a `return`
 * it must reprint; the re-parse guard and the executed fixtures still check the result.
 */
function keepingReturnStatements<T>(printing: () => T): T {
  const returnType = jscodeshift.types.namedTypes.ReturnStatement as { check: (node: unknown) => boolean };
  const ownCheck = Object.prototype.hasOwnProperty.call(returnType, 'check');
  const check = returnType.check;
  returnType.check = () => false;
  try {
    return printing();
  } finally {
    if (ownCheck) returnType.check = check;
    else delete (returnType as { check?: unknown }).check;
  }
}

/** `x => …` somewhere in the file: reprinted arrows may drop the parentheses of one parameter too. */
const BARE_ARROW_PARAM = /(^|[^\w$.)\]])\s*[A-Za-z_$][\w$]*\s*=>/m;

function print(root: Collection, source: string, parser: { parse(s: string): unknown }): string {
  const useTabs = indentsWithTabs(source);
  const tabWidth = useTabs ? TAB_WIDTH : indentStep(source);
  const printed = keepingReturnStatements(() =>
    root.toSource({ lineTerminator: lineTerminatorOf(source), quote: 'single', useTabs, arrowParensAlways: !BARE_ARROW_PARAM.test(source), ...(tabWidth ? { tabWidth } : {}) }));
  const laidOut = useTabs ? retabJoinedLines(printed, source, parser) : printed;
  return usesSemicolons(source) ? laidOut : dropNewSemicolons(laidOut, source);
}

/**
 * recast joins the first statement of a reprinted block to its brace with its indentation as
 * spaces, even with `useTabs`. In a tab-indented file, a printed line indented only by spaces (a
 * multiple of the tab width) that is not a line of the original file gets tabs back, unless it
 * starts inside a template literal or JSX text (whitespace there is content).
 */
function retabJoinedLines(printed: string, source: string, parser: { parse(s: string): unknown }): string {
  const original = new Set(source.split(/\r?\n/));
  let textLines: Set<number>;
  try {
    textLines = linesInsideText(parser.parse(printed));
  } catch {
    return printed; // the re-parse guard reports it
  }
  let lineNumber = 0;
  return printed.replace(/^.*$/gm, (line: string) => {
    lineNumber++;
    // Spaces after the tabs too: recast indents a reprinted block's first line from its brace with spaces.
    const match = /^(\t*)( +)\S/.exec(line);
    const spaces = match?.[2];
    if (!match || !spaces || spaces.length % TAB_WIDTH !== 0 || textLines.has(lineNumber) || original.has(line.replace(/\r$/, ''))) return line;
    return match[1] + '\t'.repeat(spaces.length / TAB_WIDTH) + line.slice(match[1].length + spaces.length);
  });
}

/** Line numbers that begin inside a template literal's text or JSX text. */
function linesInsideText(ast: unknown): Set<number> {
  const lines = new Set<number>();
  const visit = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if ((node.type === 'TemplateElement' || node.type === 'JSXText') && node.loc) {
      for (let l = node.loc.start.line + 1; l <= node.loc.end.line; l++) lines.add(l);
    }
    for (const key of Object.keys(node)) {
      if (key !== 'loc' && key !== 'tokens' && key !== 'comments') visit(node[key]);
    }
  };
  visit(ast);
  return lines;
}

/** One parser and jscodeshift instance per dialect, made once: building them costs more than a small file's parse. */
const PARSERS = new Map<ParserName, { parser: ReturnType<typeof makeParser>; j: ReturnType<typeof jscodeshift.withParser> }>();
function parserFor(name: ParserName) {
  let entry = PARSERS.get(name);
  if (!entry) {
    const parser = makeParser(name);
    entry = { parser, j: jscodeshift.withParser(parser as never) };
    PARSERS.set(name, entry);
  }
  return entry;
}

/**
 * Runs one or more transforms on one source text: one parse, each transform in turn on the same
 * tree, one print. The output is re-parsed before it is returned; a failing guard or a crashing
 * transform never yields broken code (the affected rewrites are dropped and reported).
 */
export function runTransforms(list: PerfTransform[], input: string, options: TransformOptions = {}): TransformResult {
  const hasBom = input.startsWith(BOM);
  const source = hasBom ? input.slice(BOM.length) : input;
  const file = options.filePath;
  const parserName: ParserName = options.parser ?? parserForFile(file);
  const { parser, j } = parserFor(parserName);
  const result: TransformResult = { code: input, changed: false, changes: [], skipped: [], errors: [] };

  const applicable = list.filter((t) => !t.mightMatch || t.mightMatch(source));
  if (applicable.length === 0) return result;
  // A plain parse is a third of recast's: files where no transform has a candidate stop here.
  if (applicable.every((t) => t.mightMatchTree)) {
    const plain = parsePlain(source, parserName);
    if (plain && !applicable.some((t) => t.mightMatchTree!(plain))) return result;
  }

  let root: Collection;
  try {
    root = j(source);
  } catch (error) {
    const reason = isTooDeeplyNested(error) ? `${TOO_DEEP} (the parser ran out of stack); left as it is` : `parse error: ${messageOf(error)}`;
    result.errors.push({ file, ...errorPosition(error), reason });
    return result;
  }
  const firstParsed = parser.lastSource ?? source;

  // Positions of parsed nodes index into the text the parser saw (recast expands indentation tabs
  // and may change line terminators): transforms and the type oracle must read that text.
  let parsedSource = parser.lastSource ?? source;
  const oracleFor = (tree: Collection, text: string) =>
    createOracleHandle(options.types !== false, file, text, parserName, () => referencesDom(tree, text));
  let oracle = oracleFor(root, parsedSource);
  const reparse = (text: string): Collection => {
    const tree = j(text);
    parsedSource = parser.lastSource ?? text;
    oracle = oracleFor(tree, parsedSource);
    return tree;
  };
  // The last printed state that is known good; a crash rolls back to it.
  let current = source;
  let dirty = false;
  const late = () => options.deadline !== undefined && Date.now() > options.deadline;
  for (const transform of applicable) {
    if (late()) return timedOut(input, file, result);
    const changes: Change[] = [];
    const skipped: Skip[] = [];
    const place: Place = { key: candidateKeys(parsedSource), line: lineMapTo(firstParsed, parsedSource) };
    try {
      transform.run({
        j,
        root,
        source: parsedSource,
        filePath: file,
        safety: options.safety ?? 'review',
        options: options.config?.[transform.id] ?? {},
        types: () => oracle.get(),
        decide: (node, decision, what) => record(transform, node, decision, what, options, changes, skipped, place, () => rewriteRegion(j, root, node)),
      });
    } catch (error) {
      const reason = isTooDeeplyNested(error)
        ? `${TOO_DEEP} for ${transform.id}; its rewrites in this file were not made`
        : `${transform.id} crashed: ${messageOf(error)}`;
      result.errors.push({ file, ...(isTooDeeplyNested(error) ? { line: 1, column: 1 } : locOf(undefined)), reason, transform: transform.id });
      // Drop this transform's partial edits: go back to the last good text.
      root = reparse(current);
      dirty = false;
      result.skipped.push(...skipped);
      continue;
    }
    result.skipped.push(...skipped);
    if (changes.length === 0) continue;
    let printed: string;
    let guard: true | string;
    try {
      printed = print(root, source, parser);
      guard = reparses(parser, printed);
    } catch (error) {
      if (!isTooDeeplyNested(error)) throw error;
      printed = current;
      guard = TOO_DEEP;
    }
    if (guard !== true) {
      result.errors.push({
        file, ...changes.map((c) => ({ line: c.line, column: c.column }))[0],
        reason: guard === TOO_DEEP
          ? `${TOO_DEEP} for ${transform.id} (printing or re-parsing its output ran out of stack); its rewrites were dropped`
          : `${transform.id}: output did not re-parse (${guard}); its rewrites were dropped`,
        transform: transform.id,
      });
      root = reparse(current);
      dirty = false;
      continue;
    }
    current = printed;
    dirty = true;
    result.changes.push(...changes);
    // The next transform starts from the printed text, as a separate run would: `all` is exactly
    // the transforms applied one after another (docs/design.md, the lookup-index core).
    if (transform !== applicable[applicable.length - 1]) root = reparse(current);
  }
  if (!dirty && current === source) return result;
  if (late()) return timedOut(input, file, result);
  // Lines no rewrite touched keep their bytes (line terminators, tabs), checked by one more parse.
  const exact = restoreUntouchedLines(source, firstParsed, current);
  if (exact !== current && reparses(parser, exact) === true) current = exact;
  result.code = (hasBom ? BOM : '') + current;
  result.changed = current !== source;
  return result;
}

/** Over the time limit: nothing of this file is rewritten. */
function timedOut(input: string, file: string | undefined, partial: TransformResult): TransformResult {
  return {
    code: input, changed: false, changes: [], skipped: partial.skipped,
    errors: [...partial.errors, { file, line: 1, column: 1, reason: 'took longer than the per-file time limit (--file-timeout); left as it is' }],
  };
}

function record(
  transform: PerfTransform,
  node: unknown,
  decision: Decision,
  what: ChangeText,
  options: TransformOptions,
  changes: Change[],
  skipped: Skip[],
  place: Place,
  region: () => LineRange | null,
): boolean {
  const at = locOf(node);
  const where = { transform: transform.id, file: options.filePath, line: at.line && place.line(at.line), column: at.column };
  const id = changeId(transform.id, options.displayPath ?? options.filePath, place.key(node));
  if (decision.kind !== 'skip' && options.only && !options.only.includes(id)) return false;
  if (decision.kind === 'skip') {
    skipped.push({ ...where, reason: decision.reason });
    return false;
  }
  if (decision.kind === 'review' && options.safety === 'safe') {
    skipped.push({ ...where, reason: `needs review (--safety safe): ${decision.assumptions.join('; ')}` });
    return false;
  }
  const lines = options.heat ? region() : null;
  const profile = options.heat ? profileOf(options.heat, lines && { ...lines, start: place.line(lines.start), end: place.line(lines.end) }) : undefined;
  if (profile && options.heat && profile.share < (options.minShare ?? DEFAULT_MIN_SHARE)) {
    skipped.push({ ...where, reason: coldReason(profile.share, options.minShare ?? DEFAULT_MIN_SHARE) });
    return false;
  }
  changes.push({
    id,
    ...where,
    safety: decision.kind,
    message: what.message,
    assumptions: decision.kind === 'review' ? decision.assumptions : [],
    ...(what.complexity ? { complexity: what.complexity } : {}),
    ...(profile ? { profile } : {}),
  });
  return true;
}

/** Where a candidate is, as the user's file has it: its id key, and lines mapped to the original. */
interface Place {
  key: (node: unknown) => string;
  line: (line: number) => number;
}

/** The share of all samples a candidate's region has; a region without a position counts as cold. */
function profileOf(heat: FileHeat, region: LineRange | null): { share: number; samples: number } {
  const samples = region ? regionSamples(heat, region.start, region.end) : 0;
  return { share: heat.total > 0 ? samples / heat.total : 0, samples: Math.round(samples) };
}

function reparses(parser: { parse(s: string): unknown }, code: string): true | string {
  try {
    parser.parse(code);
    return true;
  } catch (error) {
    return isTooDeeplyNested(error) ? TOO_DEEP : messageOf(error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type { FileError };
