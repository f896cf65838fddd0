/**
 * What kind of value a collection expression holds: proven by the type oracle, shown by how it was
 * built (construction evidence), or unknown. `strong` evidence is enough for a `safe` rewrite;
 * weak evidence (`x.map(…)` on an unknown `x`) only for `review`.
 */
import type { NodePath, AnyNode } from './ast';
import { methodCall, unwrap, isFunctionNode } from './ast';
import { bindingScope, referencesTo } from './scope';
import { classifyUse, describe } from './mutation';
import type { TransformContext } from '../engine/types';
import type { ValueKind } from './types/oracle';

export interface Evidence {
  kind: ValueKind;
  by: 'types' | 'syntax' | 'none';
  /** Proof enough for `safe`. */
  strong: boolean;
  /** Whether an element of the collection may be NaN (decides `===`/`indexOf` vs Set/Map equality). */
  elementsMayBeNaN: boolean;
  /** Whether the elements are primitives (strings, numbers, …) rather than objects. */
  elementsPrimitive: boolean;
  /** In words, for messages: "typed as User[]", "built by an array literal". */
  reason: string;
  /** Number of elements when the collection is an array literal. */
  literalLength?: number;
  /** An array literal with holes (`[1, , 3]`): types cannot tell, the syntax can. */
  holes?: boolean;
  /** What the syntax shows is truer than the declared type (`Bag.from(xs)` is typed `T[]`). */
  overridesTypes?: boolean;
  /** Proven to have no holes (a literal without holes, `filter`, `Array.from`, `Object.keys` …). */
  dense?: boolean;
  /** What the evidence itself rests on (a `!` non-null assertion), in words. */
  assumptions?: string[];
}

const UNKNOWN: Evidence = { kind: 'unknown', by: 'none', strong: false, elementsMayBeNaN: true, elementsPrimitive: false, reason: 'no evidence of its type' };

/** Array methods that always return a new Array when called on an Array. */
const ARRAY_RETURNING_METHODS = new Set(['map', 'filter', 'slice', 'concat', 'flat', 'flatMap', 'toSorted', 'toReversed', 'toSpliced', 'with', 'splice']);

/** Array methods whose result never has holes (holes are dropped, or read as undefined). */
const DENSE_RESULTS = new Set(['filter', 'flat', 'flatMap', 'toSorted', 'toReversed', 'toSpliced', 'with']);

/** Methods whose result is a string (for untyped code: `parts.join(' ')` is not an array). */
const STRING_RESULTS = new Set(['join', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'repeat', 'toFixed', 'toISOString', 'normalize', 'substring', 'charAt']);

/** Element type annotations that rule NaN out without a checker (a named type could alias `number`). */
const NEVER_NAN_TYPE_NODES = new Set(['TSStringKeyword', 'TSBooleanKeyword', 'TSBigIntKeyword', 'TSTypeLiteral', 'TSLiteralType']);

export function collectionEvidence(ctx: Pick<TransformContext, 'types' | 'j'>, path: NodePath): Evidence {
  const evidence = evidenceOf(ctx, path);
  const asserted = nonNullAssertion(path);
  return asserted ? { ...evidence, assumptions: [...(evidence.assumptions ?? []), asserted] } : evidence;
}

/**
 * `ys!` or a definite assignment `let ys!: T[]`: the types say "defined" because the code says so.
 * An index built before the loop would fail (or be empty) where the scan itself never ran.
 */
function nonNullAssertion(path: NodePath): string | null {
  let node = path.node;
  while (node?.type === 'TSAsExpression' || node?.type === 'TSSatisfiesExpression' || node?.type === 'TSNonNullExpression') {
    if (node.type === 'TSNonNullExpression') return `${describe(node.expression)} is not null or undefined (the ! assertion holds)`;
    node = node.expression;
  }
  if (node?.type !== 'Identifier') return null;
  const decl = bindingScope(path, node.name)?.getBindings()[node.name]?.[0];
  return decl?.parent?.node?.type === 'VariableDeclarator' && decl.parent.node.definite
    ? `${node.name} is assigned before the loop runs (its definite assignment ! holds)` : null;
}

function evidenceOf(ctx: Pick<TransformContext, 'types' | 'j'>, path: NodePath): Evidence {
  const node = unwrap(path.node);
  const syntax = syntacticEvidence(ctx, path, node, 0);
  // What the syntax shows beats a type that only says so: a literal with holes, `Bag.from(xs)` (typed T[], built as a Bag).
  if (syntax.holes || syntax.overridesTypes) return syntax;
  const oracle = ctx.types();
  if (oracle && typeof path.node.start === 'number') {
    const facts = oracle.factsAt(path.node.start, path.node.end);
    if (facts && facts.kind !== 'unknown') {
      return {
        kind: facts.kind,
        by: 'types',
        strong: true,
        elementsMayBeNaN: facts.element?.mayBeNaN ?? true,
        elementsPrimitive: facts.element?.primitive ?? false,
        reason: `typed as ${facts.text}`,
        ...(syntax.literalLength !== undefined ? { literalLength: syntax.literalLength } : {}),
        ...(syntax.dense ? { dense: true } : {}),
      };
    }
  }
  return syntax;
}

function syntacticEvidence(ctx: Pick<TransformContext, 'j'>, path: NodePath, node: AnyNode, depth: number): Evidence {
  if (!node || depth > 8) return UNKNOWN;
  switch (node.type) {
    case 'ArrayExpression': {
      const elements = node.elements;
      // Holes: indexOf/some skip them, includes/for-of/a Set see undefined. Not a plain array of values.
      if (elements.some((e: AnyNode) => e === null)) {
        return { ...UNKNOWN, kind: 'other', by: 'syntax', holes: true, reason: 'an array literal with holes, which includes, indexOf and a Set treat differently' };
      }
      const spread = elements.some((e: AnyNode) => !e || e.type === 'SpreadElement');
      return {
        kind: 'array', by: 'syntax', strong: true,
        elementsMayBeNaN: spread || elements.some((e: AnyNode) => literalMayBeNaN(e)),
        elementsPrimitive: !spread && elements.every((e: AnyNode) => isPrimitiveLiteral(e)),
        reason: 'built by an array literal',
        dense: true,
        ...(spread ? {} : { literalLength: elements.length }),
      };
    }
    case 'StringLiteral':
    case 'TemplateLiteral':
      return { ...UNKNOWN, kind: 'string', by: 'syntax', strong: true, reason: 'a string literal' };
    case 'NewExpression': {
      const callee = describe(node.callee);
      // `new Array(n)` has n holes: not dense.
      if (callee === 'Array') return array('built by new Array()', true);
      if (callee === 'Set') return { ...UNKNOWN, kind: 'set', by: 'syntax', strong: true, reason: 'built by new Set()' };
      if (callee === 'Map') return { ...UNKNOWN, kind: 'map', by: 'syntax', strong: true, reason: 'built by new Map()' };
      return { ...UNKNOWN, kind: 'other', by: 'syntax', strong: false, reason: `built by new ${callee}()`, overridesTypes: true };
    }
    case 'BinaryExpression': {
      if (node.operator !== '+') return { ...UNKNOWN, kind: 'other', by: 'syntax', strong: true, reason: `built by ${node.operator}, which never gives an Array`, overridesTypes: true };
      // `START + DIGITS`: a string when either side is one, else a number; never an Array.
      const sides = [node.left, node.right].map((side: AnyNode) => syntacticEvidence(ctx, path, unwrap(side), depth + 1));
      if (sides.some((e: Evidence) => e.kind === 'string')) return { ...UNKNOWN, kind: 'string', by: 'syntax', strong: true, reason: 'built by string concatenation' };
      return { ...UNKNOWN, kind: 'other', by: 'syntax', strong: true, reason: 'built by +, which gives a string or a number, never an Array', overridesTypes: true };
    }
    case 'CallExpression': {
      const callee = describe(node.callee);
      if (callee === 'String') return { ...UNKNOWN, kind: 'string', by: 'syntax', strong: true, reason: 'built by String()' };
      const stringMethod = methodCall(node)?.method;
      if (stringMethod !== undefined && STRING_RESULTS.has(stringMethod)) {
        return { ...UNKNOWN, kind: 'string', by: 'syntax', strong: true, reason: `built by .${stringMethod}(), which returns a string` };
      }
      if (callee === 'Array.from' || callee === 'Array.of') return { ...array(`built by ${callee}()`, true), dense: true };
      if (callee === 'Object.keys') return { ...array('built by Object.keys()', true), elementsMayBeNaN: false, elementsPrimitive: true, dense: true };
      if (callee === 'Object.entries' || callee === 'Object.values') return { ...array(`built by ${callee}()`, true), dense: true };
      if (callee === 'JSON.stringify') return { ...UNKNOWN, kind: 'string', by: 'syntax', strong: true, reason: 'built by JSON.stringify()' };
      // `Bag.from(xs)`, `L.of(…)`: a class's own static may build an Array subclass with its own methods.
      if (/^[A-Za-z_$][\w$]*\.(from|of)$/.test(callee)) {
        return { ...UNKNOWN, kind: 'other', by: 'syntax', strong: true, reason: `built by ${callee}(), which may be an Array subclass with its own methods`, overridesTypes: true };
      }
      const call = methodCall(node);
      if (call && call.method === 'split') {
        const receiver = unwrap(call.receiver);
        const strong = receiver.type === 'StringLiteral' || receiver.type === 'TemplateLiteral';
        return { ...array(`built by .split()`, true), strong, elementsMayBeNaN: false, elementsPrimitive: true, dense: true };
      }
      if (call && ARRAY_RETURNING_METHODS.has(call.method)) {
        const inner = syntacticEvidence(ctx, path, unwrap(call.receiver), depth + 1);
        // `new Bag().map(…)` builds another Bag (Symbol.species): not an Array either.
        if (inner.kind === 'other' && inner.by === 'syntax') return { ...inner, reason: `${inner.reason}, and .${call.method}() on it builds another` };
        const strong = inner.kind === 'array' && inner.strong;
        const dense = DENSE_RESULTS.has(call.method) || (strong && !!inner.dense);
        return { ...array(`built by .${call.method}()${strong ? ' on an array' : ''}`, true), strong, ...(dense ? { dense } : {}) };
      }
      return UNKNOWN;
    }
    case 'Identifier':
      return identifierEvidence(ctx, path, node, depth);
    default:
      return UNKNOWN;
  }
}

function array(reason: string, mayBeNaN: boolean): Evidence {
  return { kind: 'array', by: 'syntax', strong: true, elementsMayBeNaN: mayBeNaN, elementsPrimitive: false, reason };
}

/** Follows an identifier to its declaration: a never-reassigned variable's initializer, or an annotation. */
function identifierEvidence(ctx: Pick<TransformContext, 'j'>, path: NodePath, node: AnyNode, depth: number): Evidence {
  const scope = bindingScope(path, node.name);
  if (!scope) return UNKNOWN;
  const decls = scope.getBindings()[node.name] ?? [];
  if (decls.length !== 1) return UNKNOWN;
  const decl = decls[0];
  const declNode = decl.node;
  const annotated = annotationEvidence(declNode.typeAnnotation?.typeAnnotation);
  if (annotated) return annotated;
  const declarator = decl.parent?.node;
  if (declarator?.type === 'VariableDeclarator' && declarator.id === declNode) {
    const jsdoc = jsdocEvidence(decl.parent?.parent?.node, node.name, 'type');
    if (jsdoc) return jsdoc;
    const kind = decl.parent?.parent?.node?.kind;
    // A `let`/`var` could hold something else by now: only follow it when nothing reassigns it.
    if (kind !== 'const' && reassigned(ctx, decl, scope, node.name)) return UNKNOWN;
    if (!declarator.init) return UNKNOWN;
    const initPath = decl.parent.get('init');
    return syntacticEvidence(ctx, initPath, unwrap(declarator.init), depth + 1);
  }
  // A parameter: its annotation was checked above; JSDoc on the function.
  for (let p = decl.parent; p; p = p.parent) {
    if (isFunctionNode(p.node)) {
      const owner = p.parent?.node?.type === 'VariableDeclarator' ? p.parent.parent.node : p.node;
      return jsdocEvidence(owner, node.name, 'param') ?? UNKNOWN;
    }
    if (p.node.type.endsWith('Statement')) break;
  }
  return UNKNOWN;
}

function reassigned(ctx: Pick<TransformContext, 'j'>, decl: NodePath, scope: { node: AnyNode }, name: string): boolean {
  let scopePath: NodePath | null = decl;
  while (scopePath && scopePath.node !== scope.node) scopePath = scopePath.parent;
  if (!scopePath) return true;
  return referencesTo(ctx.j, scopePath, name, bindingScope(decl, name))
    .some((ref) => ref.node !== decl.node && classifyUse(ref, name)?.kind === 'reassign');
}

/** `T[]`, `readonly T[]`, `Array<T>`, `ReadonlyArray<T>` annotations; `string`. */
function annotationEvidence(type: AnyNode): Evidence | null {
  if (!type) return null;
  if (type.type === 'TSTypeOperator' && type.operator === 'readonly') return annotationEvidence(type.typeAnnotation);
  if (type.type === 'TSArrayType') return elementAnnotation(type.elementType, `annotated as an array`);
  if (type.type === 'TSTypeReference' && type.typeName?.type === 'Identifier'
    && (type.typeName.name === 'Array' || type.typeName.name === 'ReadonlyArray')) {
    const param = (type.typeParameters ?? type.typeArguments)?.params?.[0];
    return elementAnnotation(param, `annotated as ${type.typeName.name}<…>`);
  }
  if (type.type === 'TSStringKeyword') return { ...UNKNOWN, kind: 'string', by: 'syntax', strong: true, reason: 'annotated as string' };
  if (type.type === 'TSAnyKeyword' || type.type === 'TSUnknownKeyword') return null;
  if (type.type === 'TSTupleType') return { kind: 'array', by: 'syntax', strong: true, elementsMayBeNaN: true, elementsPrimitive: false, reason: 'annotated as a tuple' };
  // Any other annotation (`Repository<T>`, `Set<string>`, `string | string[]`, an alias we cannot
  // resolve without the checker) may not be an Array: not proof of one, so leave it alone.
  const name = type.type === 'TSTypeReference' && type.typeName?.type === 'Identifier' ? type.typeName.name : null;
  if (name === 'Set' || name === 'ReadonlySet') return { ...UNKNOWN, kind: 'set', by: 'syntax', strong: true, reason: `annotated as ${name}` };
  if (name === 'Map' || name === 'ReadonlyMap') return { ...UNKNOWN, kind: 'map', by: 'syntax', strong: true, reason: `annotated as ${name}` };
  return { ...UNKNOWN, kind: 'other', by: 'syntax', strong: true, reason: `annotated as ${name ?? 'a type that may not be an Array'}` };
}

function elementAnnotation(element: AnyNode, reason: string): Evidence {
  const keyword = element?.type;
  const primitive = keyword === 'TSStringKeyword' || keyword === 'TSNumberKeyword' || keyword === 'TSBooleanKeyword' || keyword === 'TSBigIntKeyword';
  // Only keyword element types rule NaN out without a checker (an alias could stand for number).
  const mayBeNaN = !NEVER_NAN_TYPE_NODES.has(keyword);
  return { kind: 'array', by: 'syntax', strong: true, elementsMayBeNaN: mayBeNaN, elementsPrimitive: primitive, reason };
}

/** `@param {T[]} name` / `@type {Array<T>}` in the JSDoc block before `owner`. */
function jsdocEvidence(owner: AnyNode, name: string, tag: 'param' | 'type'): Evidence | null {
  const comments: AnyNode[] = owner?.leadingComments ?? owner?.comments ?? [];
  for (const comment of comments) {
    if (comment.type !== 'CommentBlock' && comment.type !== 'Block') continue;
    const pattern = tag === 'param'
      ? new RegExp(`@param\\s+\\{([^}]+)\\}\\s+\\[?${name}\\b`)
      : /@type\s+\{([^}]+)\}/;
    const type = comment.value.match(pattern)?.[1]?.trim();
    if (!type) continue;
    const element = type.match(/^(?:readonly\s+)?(.+)\[\]$/)?.[1] ?? type.match(/^(?:Readonly)?Array\.?<(.+)>$/)?.[1];
    if (element) {
      const el = element.trim();
      const noNaN = el === 'string' || el === 'boolean';
      return { kind: 'array', by: 'syntax', strong: true, elementsMayBeNaN: !noNaN, elementsPrimitive: ['string', 'number', 'boolean'].includes(el), reason: `documented as ${type}` };
    }
    if (type === 'string') return { ...UNKNOWN, kind: 'string', by: 'syntax', strong: true, reason: 'documented as string' };
  }
  return null;
}

function literalMayBeNaN(node: AnyNode): boolean {
  if (!node) return true;
  switch (node.type) {
    case 'StringLiteral': case 'BooleanLiteral': case 'NullLiteral': case 'NumericLiteral': case 'BigIntLiteral':
    case 'TemplateLiteral': case 'ObjectExpression': case 'ArrayExpression':
      return false;
    case 'Literal':
      return typeof node.value === 'number' && Number.isNaN(node.value);
    case 'UnaryExpression':
      return !(node.operator === '-' && node.argument.type === 'NumericLiteral');
    default:
      return true;
  }
}

function isPrimitiveLiteral(node: AnyNode): boolean {
  if (!node) return false;
  if (['StringLiteral', 'BooleanLiteral', 'NullLiteral', 'NumericLiteral', 'BigIntLiteral'].includes(node.type)) return true;
  if (node.type === 'TemplateLiteral') return node.expressions.length === 0;
  return node.type === 'UnaryExpression' && node.operator === '-' && node.argument.type === 'NumericLiteral';
}
