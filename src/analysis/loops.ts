/**
 * Loop shapes: statement loops and the array iteration methods whose callback runs once per item.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, methodCall, unwrap, walk, isReferenceIdentifier, type AnyNode, type NodePath } from './ast';
import { patternNames } from './functions';
import { parentKey, readsWrites } from './scope';
import { isSideEffectFree } from './purity';
import { collectionEvidence } from './evidence';
import { describe } from './mutation';
import type { TransformContext } from '../engine/types';

/** Methods that call their first argument once per element. */
export const ITERATION_METHODS = new Set([
  'forEach', 'map', 'flatMap', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex',
]);

export type LoopKind = 'for' | 'for-of' | 'for-in' | 'for-await' | 'while' | 'do-while' | 'callback';

export interface LoopInfo {
  kind: LoopKind;
  /** For callbacks: the iteration method (`forEach`, `map`, …). */
  method?: string;
  /** The loop statement, or the iteration call expression. */
  path: NodePath;
  /** The part that runs once per iteration (statement body, or the callback function). */
  body: NodePath;
  /** Names bound afresh per iteration (loop variables, callback parameters). */
  boundNames: string[];
}

const STATEMENT_LOOPS: Record<string, { kind: LoopKind; perIteration: string[] }> = {
  ForStatement: { kind: 'for', perIteration: ['body', 'test', 'update'] },
  ForOfStatement: { kind: 'for-of', perIteration: ['body'] },
  ForInStatement: { kind: 'for-in', perIteration: ['body'] },
  WhileStatement: { kind: 'while', perIteration: ['body', 'test'] },
  DoWhileStatement: { kind: 'do-while', perIteration: ['body', 'test'] },
};

/** Which loop runs `path` once per iteration; null when a function boundary (not a callback) comes first. */
export function enclosingLoop(path: NodePath): LoopInfo | null {
  for (let p: NodePath = path; p.parent; p = p.parent) {
    const parent = p.parent.node;
    const key = parentKey(p);
    const loop = STATEMENT_LOOPS[parent.type];
    if (loop && loop.perIteration.includes(key)) {
      const kind: LoopKind = parent.type === 'ForOfStatement' && parent.await ? 'for-await' : loop.kind;
      return { kind, path: p.parent, body: p.parent.get('body'), boundNames: statementLoopNames(parent) };
    }
    if (isFunctionNode(p.node)) {
      const call = p.parent;
      const info = methodCall(call.node);
      if (info && ITERATION_METHODS.has(info.method) && key === 'arguments' && call.node.arguments[0] === p.node) {
        return { kind: 'callback', method: info.method, path: call, body: p, boundNames: p.node.params.flatMap(patternNames) };
      }
      return null;
    }
  }
  return null;
}

function statementLoopNames(loop: AnyNode): string[] {
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') {
    const left = loop.left;
    return left.type === 'VariableDeclaration' ? left.declarations.flatMap((d: AnyNode) => patternNames(d.id)) : patternNames(left);
  }
  if (loop.type === 'ForStatement' && loop.init?.type === 'VariableDeclaration') {
    return loop.init.declarations.flatMap((d: AnyNode) => patternNames(d.id));
  }
  return [];
}

/** Identifier names read by an expression (closures included). */
export function namesRead(node: AnyNode): Set<string> {
  const names = new Set<string>();
  walk(node, (n, parent, key) => {
    if (n.type === 'Identifier' && isReferenceIdentifier(parent, key)) names.add(n.name);
    return true;
  });
  return names;
}

/**
 * Whether `expr` gives the same value on every iteration of `loop`: side-effect free, and none
 * of the names it reads is bound per iteration or written (directly, or as the root of a member
 * write) anywhere in the loop.
 */
export function isLoopInvariant(j: JSCodeshift, expr: AnyNode, loop: LoopInfo): boolean {
  void j;
  if (!isSideEffectFree(expr)) return false;
  const reads = namesRead(expr);
  if (unwrap(expr).type === 'ThisExpression' || containsThis(expr)) reads.add('this');
  const changed = readsWrites(loop.path.node);
  for (const name of reads) {
    if (loop.boundNames.includes(name) || changed.writes.has(name)) return false;
  }
  return true;
}

function containsThis(node: AnyNode): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.type === 'ThisExpression') found = true;
    return !found;
  });
  return found;
}

/** The loops from the one nearest `path` out to `outermost` (inclusive). */
export function loopsBetween(path: NodePath, outermost: LoopInfo): LoopInfo[] {
  const loops: LoopInfo[] = [];
  for (let loop = enclosingLoop(path); loop; loop = enclosingLoop(loop.path)) {
    loops.push(loop);
    if (loop.path.node === outermost.path.node) break;
  }
  return loops;
}

export interface ImmediacyCheck {
  /** Set when an iteration method's receiver is known not to be an Array (a lazy iterator, an Observable…). */
  skip?: string;
  /** What must hold when it is not proven an Array. */
  assumptions: string[];
}

/**
 * An index built before a loop is only valid if the loop's body runs right there. For statement
 * loops it does; for `recv.filter(cb)` only when `recv` is an Array: an iterator helper, a stream or
 * an Observable calls `cb` later, after code that may have changed the collection.
 */
export function iterationRunsImmediately(ctx: Pick<TransformContext, 'types' | 'j'>, loops: LoopInfo[]): ImmediacyCheck {
  const assumptions: string[] = [];
  for (const loop of loops) {
    if (loop.kind !== 'callback') continue;
    const receiver = loop.path.get('callee').get('object') as NodePath;
    const evidence = collectionEvidence(ctx, receiver);
    const name = describe(receiver.node);
    if (evidence.kind !== 'array' && evidence.kind !== 'unknown') {
      return { skip: `${name}.${loop.method}(…) is not an Array method call (${evidence.reason}): its callback may run later`, assumptions };
    }
    if (!evidence.strong) assumptions.push(`${name} is an Array, so ${name}.${loop.method}(…) runs its callback immediately`);
  }
  return { assumptions };
}
