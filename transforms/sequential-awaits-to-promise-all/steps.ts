/**
 * One statement that awaits one call: `const a = await f()`, `x.y = await f()`, `await f()`.
 * A run of them is the candidate for one `Promise.all`.
 */
import { isCall, isMember, unwrap, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { codeFacts, simpleMemberTarget, targetRoot, type StepFacts } from '../../src/analysis/dependence';
import { patternNames } from '../../src/analysis/functions';
import { describe } from '../../src/analysis/mutation';
import { readsWrites } from '../../src/analysis/scope';

export interface Step {
  path: NodePath;
  kind: 'declare' | 'assign' | 'bare';
  declKind?: 'const' | 'let' | 'var';
  /** The declared pattern (its type annotation, if any, in `annotation`). */
  pattern?: AnyNode;
  annotation?: AnyNode;
  /** The assignment target. */
  target?: AnyNode;
  /** The awaited expression as written (TS casts on the call kept), for the Promise.all array. */
  awaited: AnyNode;
  /** The awaited call and its path. */
  call: AnyNode;
  callPath: NodePath;
  facts: StepFacts;
}

/** The call under `await`, or null when the awaited thing is not one call (`await p`, `await new Promise(…)`). */
function awaitedCall(path: NodePath): NodePath | null {
  // `(await f()) as T` or `(await f())!`: the cast applies to the result, which has no place in a pattern.
  const p = path;
  if (p.node?.type !== 'AwaitExpression') return null;
  let arg = p.get('argument');
  while (arg.node !== unwrap(arg.node)) arg = arg.get('expression');
  return isCall(arg.node) && !alreadyConcurrent(arg.node) ? arg : null;
}

/** `Promise.all(…)`, `Promise.all(…).then(…)`: already one wait for many calls (also what this transform writes). */
export function alreadyConcurrent(call: AnyNode): boolean {
  const callee = unwrap(call.callee);
  if (!isMember(callee)) return false;
  const object = unwrap(callee.object);
  if (object.type === 'Identifier' && object.name === 'Promise') return true;
  return isCall(object) && alreadyConcurrent(object);
}

/** Source text of a node, shortened for messages. */
export function label(source: string, node: AnyNode): string {
  const text = typeof node?.start === 'number' ? source.slice(node.start, node.end).replace(/\s+/g, ' ') : describe(node);
  const n = unwrap(node);
  return text.length <= 48 ? text : n?.arguments ? `${describe(n.callee)}(…)` : describe(n);
}

function factsOf(source: string, callPath: NodePath, binds: string[], memberTargets: string[]): StepFacts {
  return { code: codeFacts(callPath, callPath.node), binds: new Set(binds), memberTargets: new Set(memberTargets), label: `${label(source, callPath.node)}` };
}

/** The step a statement is, or null. */
export function stepOf(path: NodePath, source: string): Step | null {
  const node = path.node;
  if (node.type === 'VariableDeclaration' && node.declarations.length === 1 && !node.declare && ['const', 'let', 'var'].includes(node.kind)) {
    const declarator = path.get('declarations', 0);
    if (!declarator.node.init) return null;
    const callPath = awaitedCall(declarator.get('init'));
    if (!callPath) return null;
    const { typeAnnotation } = declarator.node.id;
    // Defaults in the pattern that call code run after the await in the original, after the all in the rewrite.
    if (readsWrites(declarator.node.id).hasCalls) return null;
    const facts = factsOf(source, callPath, patternNames(declarator.node.id), []);
    if (facts.code.suspends) return null;
    return {
      path, kind: 'declare', declKind: node.kind, pattern: declarator.node.id, annotation: typeAnnotation ?? undefined,
      awaited: declarator.node.init.argument, call: callPath.node, callPath, facts,
    };
  }
  if (node.type !== 'ExpressionStatement') return null;
  const expression = unwrap(node.expression);
  if (expression.type === 'AwaitExpression') {
    const callPath = awaitedCall(path.get('expression'));
    if (!callPath) return null;
    const facts = factsOf(source, callPath, [], []);
    return facts.code.suspends ? null : { path, kind: 'bare', awaited: node.expression.argument, call: callPath.node, callPath, facts };
  }
  if (expression.type === 'AssignmentExpression' && expression.operator === '=' && node.expression === expression) {
    const left = unwrap(expression.left);
    const identifier = left.type === 'Identifier';
    if (!identifier && !(isMember(left) && simpleMemberTarget(left))) return null;
    const callPath = awaitedCall(path.get('expression', 'right'));
    if (!callPath) return null;
    const root = targetRoot(left);
    if (!root && !identifier) {
      if (left.type !== 'MemberExpression') return null;
    }
    const facts = identifier
      ? factsOf(source, callPath, [left.name], [])
      : factsOf(source, callPath, [], [root ?? 'this']);
    if (facts.code.suspends) return null;
    // The target's own names (`res[i]`): evaluated before the await in the original, after the all in the rewrite.
    facts.targetReads = readsWrites(left).reads;
    return { path, kind: 'assign', target: expression.left, awaited: expression.right.argument, call: callPath.node, callPath, facts };
  }
  return null;
}
