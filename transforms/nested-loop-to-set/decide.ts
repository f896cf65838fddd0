/**
 * The decision on one scan: skip (with the reason), safe, or review (with the assumptions in words).
 */
import type { Decision, TransformContext } from '../../src/engine/types';
import type { JSCodeshift } from 'jscodeshift';
import { methodCall, unwrap, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { collectionEvidence, type Evidence } from '../../src/analysis/evidence';
import { collectionStability, findKeyWrites, findMutations, describe, unknownCalls } from '../../src/analysis/mutation';
import { isSideEffectFree } from '../../src/analysis/purity';
import { bindingScope } from '../../src/analysis/scope';
import type { CollectionSource } from './collection';
import type { Scan } from './scans';
import { argumentsMayRebind, changedByOwnMethod, changesThroughAliases, collectionTestedIn } from '../../src/analysis/hazards';

/**
 * Below this many elements a linear scan of a literal beats building a Set (see the benchmark
 * sweep in docs/transforms/nested-loop-to-set.md): shorter literal collections are left alone.
 */
export const MIN_LITERAL_SIZE = 8;

const NOT_ARRAY: Record<string, string> = {
  string: 'is a string: includes/indexOf there is a substring search',
  set: 'is already a Set',
  map: 'is a Map',
  'typed-array': 'is a typed array',
  other: 'is not an Array',
};

/** The initializer of a `const` that nothing in its scope changes or hands out; null otherwise. */
function unchangedConstInit(j: JSCodeshift, path: NodePath): AnyNode | null {
  const node = unwrap(path.node);
  if (node.type !== 'Identifier') return null;
  const scope = bindingScope(path, node.name);
  const decls = scope?.getBindings()[node.name] ?? [];
  const declarator = decls[0]?.parent?.node;
  if (decls.length !== 1 || declarator?.type !== 'VariableDeclarator' || decls[0].parent.parent.node.kind !== 'const') return null;
  let scopePath: NodePath | null = decls[0];
  while (scopePath && scopePath.node !== scope!.node) scopePath = scopePath.parent;
  if (!scopePath || findMutations(j, scopePath, node.name, scope).length > 0) return null;
  return unwrap(declarator.init);
}

/** Methods and functions whose result is always a string. */
const STRING_RESULTS = new Set(['join', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'repeat', 'toFixed', 'toISOString', 'normalize', 'substring', 'charAt']);

/** A const built as a string (`parts.join(' ')`, `String(x)`, `'a' + b`), for untyped code. */
function builtAsString(j: JSCodeshift, path: NodePath): boolean {
  const init = unchangedConstInit(j, path) ?? unwrap(path.node);
  if (!init) return false;
  if (init.type === 'StringLiteral' || init.type === 'TemplateLiteral') return true;
  if (init.type === 'BinaryExpression' && init.operator === '+') {
    return [init.left, init.right].some((side) => ['StringLiteral', 'TemplateLiteral'].includes(unwrap(side).type));
  }
  if (init.type === 'CallExpression') {
    if (describe(init.callee) === 'String') return true;
    const method = methodCall(init)?.method;
    return method !== undefined && STRING_RESULTS.has(method);
  }
  return false;
}

/** Number of elements when the collection is (or is an unchanged const bound to) an array literal without spreads. */
function literalLength(j: JSCodeshift, path: NodePath): number | null {
  let node = unwrap(path.node);
  if (node.type === 'Identifier') node = unchangedConstInit(j, path);
  if (node?.type !== 'ArrayExpression' || node.elements.some((e: AnyNode) => !e || e.type === 'SpreadElement')) return null;
  return node.elements.length;
}

/** An identifier declared with a type annotation that is not an array type (`string | string[]`, a class). */
function nonArrayAnnotation(path: NodePath): string | null {
  const node = unwrap(path.node);
  if (node.type !== 'Identifier') return null;
  const decl = bindingScope(path, node.name)?.getBindings()[node.name]?.[0];
  const type = decl?.node?.typeAnnotation?.typeAnnotation;
  if (!type) return null;
  const arrayLike = type.type === 'TSArrayType'
    || (type.type === 'TSTypeOperator' && type.operator === 'readonly')
    || (type.type === 'TSTypeReference' && ['Array', 'ReadonlyArray'].includes(type.typeName?.name));
  return arrayLike ? null : type.type;
}

export interface Verdict {
  decision: Decision;
  /** The region the collection must stay unchanged in. */
  evidence?: Evidence;
}

function mayBeNaNByTypes(ctx: TransformContext, node: AnyNode): boolean {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return true;
  const facts = oracle.factsAt(node.start, node.end);
  return !facts || facts.kind === 'unknown' || facts.mayBeNaN;
}

/** Whether reading the key runs a getter (by types). */
function readsGetter(ctx: TransformContext, node: AnyNode): boolean {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return false;
  return !!oracle.factsAt(node.start, node.end)?.accessor;
}

function knownByTypes(ctx: TransformContext, node: AnyNode): boolean {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return false;
  const facts = oracle.factsAt(node.start, node.end);
  return !!facts && facts.kind !== 'unknown';
}

/**
 * Decides one scan. `region` is the statement the Set is built before (or the whole module for a
 * module constant): the collection must keep its contents from there to the scan's last use.
 */
export function decideScan(ctx: TransformContext, scan: Scan, source: CollectionSource, region: NodePath): Decision {
  const { j } = ctx;
  const text = describe(scan.collectionPath.node);
  const evidence = collectionEvidence(ctx, scan.collectionPath);
  if (evidence.kind !== 'array' && evidence.kind !== 'unknown') {
    return { kind: 'skip', reason: `${text} ${NOT_ARRAY[evidence.kind] ?? 'is not an Array'} (${evidence.reason})` };
  }
  if (evidence.by === 'none') {
    if (nonArrayAnnotation(scan.collectionPath)) return { kind: 'skip', reason: `${text} is declared with a type that may not be an Array` };
    if (builtAsString(j, scan.collectionPath)) return { kind: 'skip', reason: `${text} is built as a string: includes/indexOf there is a substring search` };
  }

  const length = literalLength(j, scan.collectionPath);
  if (length !== null && length < MIN_LITERAL_SIZE) {
    const what = source.literal ? 'the array literal' : text;
    return { kind: 'skip', reason: `${what} has ${length} elements: below ${MIN_LITERAL_SIZE} a linear scan is faster than building a Set` };
  }

  const assumptions: string[] = [];
  const typed = evidence.by === 'types';
  if (source.base) {
    const stability = collectionStability(j, source.base, region);
    if (stability.mutations.length > 0) {
      return { kind: 'skip', reason: `${stability.mutations[0].detail} while the Set would be in use` };
    }
    assumptions.push(...stability.assumptions);
    const tested = collectionTestedIn(region.node, source.base.node);
    if (tested) return { kind: 'skip', reason: `the loop tests ${describe(source.base.node)} itself (${tested}): it may be missing or not an Array before the loop, where the Set would be built` };
    const viaAlias = changesThroughAliases(j, source.base, region);
    if (viaAlias.length > 0) return { kind: 'skip', reason: `${viaAlias[0]} while the Set would be in use` };
    const rebinds = argumentsMayRebind(source.base, region.node);
    if (rebinds) return { kind: 'skip', reason: `${rebinds}: it may reassign the parameter ${describe(source.base.node)}` };
    const byMethod = changedByOwnMethod(source.base, region.node);
    if (byMethod) return { kind: 'skip', reason: `${byMethod} while the Set would be in use` };
  }
  const keyNames = [...(scan.key?.names ?? []), ...source.mappedKeys];
  if (keyNames.length > 0) {
    const writes = findKeyWrites(region.node, keyNames);
    if (writes.length > 0) return { kind: 'skip', reason: `${writes[0].detail} while the Set of keys would be in use` };
  }

  if (source.call && !typed && source.base && source.mappedKeys.length === 0) {
    assumptions.push(`${describe(source.base.node)} is not null or undefined when the loop starts`);
  }
  if (!evidence.strong) {
    const arrayText = source.call && source.base ? describe(source.base.node) : text;
    assumptions.push(scan.form === 'loop'
      ? `${arrayText} is an Array (a for-of loop over another iterable may yield different values)`
      : `${arrayText} is an Array (not a string or another object with its own ${scan.form})`);
  }

  // Keys read from the elements once up front rather than during the scan.
  if (scan.key || source.mappedKeys.length > 0) {
    const keyed = scan.key ? knownByTypes(ctx, scan.key.keyNode) : typed;
    if (!typed || !keyed) {
      assumptions.push(`the elements of ${describe(source.base?.node ?? scan.collectionPath.node)} are objects whose .${keyNames.join('.')} can be read without side effects`);
    }
    if (typed && keyed && scan.key && readsGetter(ctx, scan.key.keyNode)) {
      assumptions.push(`reading .${keyNames.join('.')} (a getter) has no side effects: the Set reads it once per element up front`);
    }
    const calls = unknownCalls(region.node);
    if (typed && keyed && calls.length > 0) {
      assumptions.push(`the calls made inside the loop (${calls.slice(0, 3).join(', ')}) do not change .${keyNames.join('.')} on the elements`);
    }
  }

  // `===` and indexOf never match NaN; a Set (SameValueZero) does.
  if (scan.strict) {
    const elementNaN = scan.key ? mayBeNaNByTypes(ctx, scan.key.keyNode) : evidence.elementsMayBeNaN;
    if (elementNaN && mayBeNaNByTypes(ctx, scan.value)) {
      const what = scan.key ? `no .${scan.key.names.join('.')} of the elements of ${text}` : `no element of ${text}`;
      assumptions.push(`${what} is NaN (=== never matches NaN, a Set does)`);
    }
  }

  // The value was read once per inner element (possibly never); now it is read once.
  if (scan.valuePerElement && unwrap(scan.value).type !== 'Identifier') {
    if (!isSideEffectFree(scan.value)) return { kind: 'skip', reason: `${describe(scan.value)} has side effects and runs once per inner element` };
    if (!knownByTypes(ctx, scan.value)) assumptions.push(`reading ${describe(scan.value)} has no side effects and does not throw`);
  }

  return assumptions.length === 0 ? { kind: 'safe' } : { kind: 'review', assumptions };
}
