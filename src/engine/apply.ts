import jscodeshift from 'jscodeshift';
import type { Collection } from 'jscodeshift';
import { errorPosition, makeParser, parserForFile } from './parse';
import { createOracleHandle } from '../analysis/types/oracle';
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

function print(root: Collection, source: string): string {
  return root.toSource({ lineTerminator: lineTerminatorOf(source), quote: 'single' });
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
  const parser = makeParser(parserName);
  const j = jscodeshift.withParser(parser as never);
  const result: TransformResult = { code: input, changed: false, changes: [], skipped: [], errors: [] };

  const applicable = list.filter((t) => !t.mightMatch || t.mightMatch(source));
  if (applicable.length === 0) return result;

  let root: Collection;
  try {
    root = j(source);
  } catch (error) {
    result.errors.push({ file, ...errorPosition(error), reason: `parse error: ${messageOf(error)}` });
    return result;
  }

  const oracle = createOracleHandle(options.types !== false, file, source, parserName);
  // The last printed state that is known good; a crash rolls back to it.
  let current = source;
  let dirty = false;
  for (const transform of applicable) {
    const changes: Change[] = [];
    const skipped: Skip[] = [];
    try {
      transform.run({
        j,
        root,
        source,
        filePath: file,
        safety: options.safety ?? 'review',
        options: options.config?.[transform.id] ?? {},
        types: () => oracle.get(),
        decide: (node, decision, what) => record(transform, node, decision, what, options, changes, skipped),
      });
    } catch (error) {
      result.errors.push({ file, ...locOf(undefined), reason: `${transform.id} crashed: ${messageOf(error)}`, transform: transform.id });
      // Drop this transform's partial edits: go back to the last good text.
      root = j(current);
      dirty = false;
      result.skipped.push(...skipped);
      continue;
    }
    result.skipped.push(...skipped);
    if (changes.length === 0) continue;
    const printed = print(root, source);
    const guard = reparses(parser, printed);
    if (guard !== true) {
      result.errors.push({
        file, ...changes.map((c) => ({ line: c.line, column: c.column }))[0],
        reason: `${transform.id}: output did not re-parse (${guard}); its rewrites were dropped`, transform: transform.id,
      });
      root = j(current);
      dirty = false;
      continue;
    }
    current = printed;
    dirty = true;
    result.changes.push(...changes);
  }
  if (!dirty && current === source) return result;
  result.code = (hasBom ? BOM : '') + current;
  result.changed = current !== source;
  return result;
}

function record(
  transform: PerfTransform,
  node: unknown,
  decision: Decision,
  what: ChangeText,
  options: TransformOptions,
  changes: Change[],
  skipped: Skip[],
): boolean {
  const where = { transform: transform.id, file: options.filePath, ...locOf(node) };
  if (decision.kind === 'skip') {
    skipped.push({ ...where, reason: decision.reason });
    return false;
  }
  if (decision.kind === 'review' && options.safety === 'safe') {
    skipped.push({ ...where, reason: `needs review (--safety safe): ${decision.assumptions.join('; ')}` });
    return false;
  }
  changes.push({
    ...where,
    safety: decision.kind,
    message: what.message,
    assumptions: decision.kind === 'review' ? decision.assumptions : [],
    ...(what.complexity ? { complexity: what.complexity } : {}),
  });
  return true;
}

function reparses(parser: { parse(s: string): unknown }, code: string): true | string {
  try {
    parser.parse(code);
    return true;
  } catch (error) {
    return messageOf(error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type { FileError };
