/**
 * Array and object literals built from several awaited calls:
 *   [await f(), await g()]              -> await Promise.all([f(), g()])
 *   { a: await f(), b: await g() }      -> await Promise.all([f(), g()]).then(([a, b]) => ({ a, b }))
 * The calls still start left to right; only the waiting overlaps.
 */
import type { TransformContext } from '../../src/engine/types';
import { isCall, unwrap, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { codeFacts, dependenceReason, orderingReason, type StepFacts } from '../../src/analysis/dependence';
import { bindingScope } from '../../src/analysis/scope';
import { alreadyConcurrent, label } from './steps';
import { concurrentAssumption, type OrderingContext } from './shared';

export interface LiteralCandidate {
  path: NodePath;
  calls: NodePath[];
  /** Object literals: the key of each property as written. */
  keys: string[] | null;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['default', 'class', 'function', 'new', 'delete', 'void', 'typeof', 'in', 'instanceof', 'this', 'super', 'null', 'true', 'false', 'if', 'else', 'for', 'while', 'do', 'return', 'var', 'let', 'const', 'yield', 'await', 'enum', 'export', 'import', 'extends', 'switch', 'case', 'break', 'continue', 'throw', 'try', 'catch', 'finally', 'with', 'debugger', 'arguments', 'eval']);

/** The path of the call under `await` at `path`, or null. */
function awaitedCallPath(path: NodePath): NodePath | null {
  if (unwrap(path.node)?.type !== 'AwaitExpression' || path.node.type !== 'AwaitExpression') return null;
  const arg = path.get('argument');
  return isCall(arg.node) && !alreadyConcurrent(arg.node) ? arg : null;
}

function recognise(ctx: TransformContext, path: NodePath, ordering: OrderingContext): LiteralCandidate | { skip: string } | null {
  const node = path.node;
  const valuePaths: NodePath[] = [];
  let keys: string[] | null = null;
  if (node.type === 'ArrayExpression') {
    if (node.elements.length < 2 || node.elements.some((e: AnyNode) => !e || e.type === 'SpreadElement')) return null;
    node.elements.forEach((_: AnyNode, i: number) => valuePaths.push(path.get('elements', i)));
  } else {
    if (node.properties.length < 2) return null;
    keys = [];
    for (let i = 0; i < node.properties.length; i++) {
      const p = node.properties[i];
      if ((p.type !== 'ObjectProperty' && p.type !== 'Property') || p.computed || p.shorthand || p.kind === 'get' || p.kind === 'set' || p.method) return null;
      const key = p.key.type === 'Identifier' ? p.key.name : typeof p.key.value === 'string' ? p.key.value : null;
      if (key === null || keys.includes(key) || key === '__proto__') return null;
      keys.push(key);
      valuePaths.push(path.get('properties', i, 'value'));
    }
  }
  const calls = valuePaths.map(awaitedCallPath);
  if (calls.some((c) => !c)) return null;
  const steps: StepFacts[] = [];
  for (const callPath of calls as NodePath[]) {
    const facts: StepFacts = { code: codeFacts(callPath, callPath.node), binds: new Set(), memberTargets: new Set(), label: label(ctx.source, callPath.node) };
    if (facts.code.suspends) return null;
    const ordered = orderingReason(callPath.node, ordering.receivers, ordering.critical);
    if (ordered) return { skip: ordered };
    for (const earlier of steps) {
      const reason = dependenceReason(earlier, facts);
      if (reason) return { skip: reason };
    }
    steps.push(facts);
  }
  return { path, calls: calls as NodePath[], keys };
}

export function literalCandidates(ctx: TransformContext, orderingFor: (p: NodePath) => OrderingContext, canAwait: (p: NodePath) => boolean): LiteralCandidate[] {
  const { j, root } = ctx;
  const found: LiteralCandidate[] = [];
  for (const type of [j.ArrayExpression, j.ObjectExpression] as const) {
    root.find(type as typeof j.ArrayExpression).forEach((path: NodePath) => {
      if (!canAwait(path)) return;
      const result = recognise(ctx, path, orderingFor(path));
      if (!result) return;
      if ('skip' in result) ctx.decide(path.node, { kind: 'skip', reason: result.skip }, { message: result.skip });
      else found.push(result);
    });
  }
  return found;
}

export function rewriteLiteral(ctx: TransformContext, c: LiteralCandidate): boolean {
  const { j } = ctx;
  if (bindingScope(c.path, 'Promise')) return false;
  const labels = c.calls.map((p) => label(ctx.source, p.node));
  const kind = c.keys ? 'object' : 'array';
  const message = `The ${kind} literal awaits ${labels.join(', ')} one after another; they now start together in one Promise.all.`;
  if (!ctx.decide(c.path.node, { kind: 'review', assumptions: [concurrentAssumption(labels)] }, { message })) return false;
  const all = j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('all')), [j.arrayExpression(c.calls.map((p) => p.node))]);
  if (!c.keys) {
    c.path.replace(j.awaitExpression(all));
    return true;
  }
  const names = c.keys.map((k, i) => (IDENTIFIER.test(k) && !RESERVED.has(k) ? k : `value${i}`));
  const object = j.objectExpression(c.keys.map((k, i) => {
    const key = IDENTIFIER.test(k) ? j.identifier(k) : j.stringLiteral(k);
    const prop = j.objectProperty(key, j.identifier(names[i]));
    if (k === names[i]) prop.shorthand = true;
    return prop;
  }));
  const then = j.callExpression(j.memberExpression(all, j.identifier('then')), [
    j.arrowFunctionExpression([j.arrayPattern(names.map((n) => j.identifier(n)))], object),
  ]);
  c.path.replace(j.awaitExpression(then));
  return true;
}
