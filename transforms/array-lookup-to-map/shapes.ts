/**
 * The lookup shapes this transform recognises: a search of one collection for an element (or its
 * position, its matches, its presence) by key equality. Recognition is purely syntactic; whether a
 * shape may be rewritten is decided in `decide.ts`.
 */
import {
  callbackShape, isSideEffectFree, matchKeyEquality, methodCall, namesRead as namesReadIn, parentKey, patternNames, unwrap, walk, type AnyNode, type NodePath,
} from '../../src/analysis';

/**
 * What the lookup returns, which decides the index and the replacement:
 * find/findLast -> element; findIndex/findLastIndex/indexOf -> position; filter -> matches;
 * count -> `filter(…).length`; some/includes/contains -> presence (`contains` = `indexOf(v) !== -1`).
 */
export type LookupKind =
  | 'find' | 'findLast' | 'findIndex' | 'findLastIndex' | 'filter' | 'count' | 'some' | 'includes' | 'indexOf' | 'contains';

export interface Lookup {
  kind: LookupKind;
  /** The method call (`users.find(…)`). */
  call: NodePath;
  /** The node the replacement takes the place of: the call, `….length`, or `….indexOf(v) !== -1`. */
  target: NodePath;
  /** `indexOf(v) === -1` and friends: the presence test is negated. */
  negated: boolean;
  /** The searched collection expression. */
  receiver: NodePath;
  /** Property path from the element to its key; empty when the element itself is compared. */
  keyPath: string[];
  /** The element's key expression inside the predicate (`u.id`), for type questions; null without a predicate. */
  keyNode: AnyNode | null;
  /** The looked-up value. */
  value: AnyNode;
  /** Other `&&` conjuncts of the predicate (conditions on the element alone, when rewritable). */
  conditions: AnyNode[];
  /** The predicate's element parameter when it is a plain identifier (reused as the index's loop variable). */
  elementName: string | null;
  /** The predicate (for callback methods). */
  predicate: AnyNode | null;
}

/** Why a call that looks like a lookup is not one we can reason about; null when it is not a lookup at all. */
export interface NotALookup {
  call: NodePath;
  reason: string;
}

const PREDICATE_METHODS: Record<string, LookupKind> = {
  find: 'find', findLast: 'findLast', findIndex: 'findIndex', findLastIndex: 'findLastIndex', filter: 'filter', some: 'some',
};

/** Recognises a lookup at a call expression path. */
export function recogniseLookup(call: NodePath): Lookup | NotALookup | null {
  const info = methodCall(call.node);
  if (!info) return null;
  const { method, args } = info;
  if (PREDICATE_METHODS[method]) return predicateLookup(call, method, args, info.optional);
  if (method === 'includes' || method === 'indexOf') return valueLookup(call, method, args, info.optional);
  return null;
}

function predicateLookup(call: NodePath, method: string, args: AnyNode[], optional: boolean): Lookup | NotALookup | null {
  const fn = args[0];
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) {
    // `filter(Boolean)`, `find(isAdmin)`: nothing shows a key compared with a value, so not a lookup.
    return null;
  }
  if (args.length !== 1) return { call, reason: `${method}() is given a thisArg` };
  if (optional) return { call, reason: `${method}() is called through ?.` };
  const shape = callbackShape(fn);
  if (!shape) return { call, reason: `the ${method}() predicate is not a single expression (or is async, a generator, or uses this/arguments)` };
  // Only predicates that compare something look like a lookup worth explaining (not `x => x.active`).
  if (!hasComparison(shape.body, shape.params)) return null;
  if (!isSideEffectFree(shape.body)) return { call, reason: `the ${method}() predicate has side effects` };
  const match = matchKeyEquality(shape.body, shape.params);
  if (!match) return { call, reason: `the ${method}() predicate is not a key equality (===) on the element` };
  const param = shape.params[0];
  const elementName = param.type === 'Identifier' ? param.name : null;
  let kind = PREDICATE_METHODS[method];
  let target = call;
  if (kind === 'filter' && isLengthRead(call)) {
    kind = 'count';
    target = call.parent;
  }
  const keyNode = sideOf(match.comparison, match.value);
  return {
    kind, call, target, negated: false, receiver: receiverPath(call), keyPath: match.keyPath, keyNode,
    value: match.value, conditions: match.rest, elementName, predicate: fn,
  };
}

function valueLookup(call: NodePath, method: 'includes' | 'indexOf', args: AnyNode[], optional: boolean): Lookup | NotALookup | null {
  if (args.length !== 1 || args[0].type === 'SpreadElement') {
    return args.length > 1 ? { call, reason: `${method}() is given a start position` } : null;
  }
  if (optional) return { call, reason: `${method}() is called through ?.` };
  let kind: LookupKind = method;
  let target = call;
  let negated = false;
  if (method === 'indexOf') {
    const comparison = presenceComparison(call);
    if (comparison) {
      kind = 'contains';
      target = call.parent;
      negated = comparison.negated;
    }
  }
  return {
    kind, call, target, negated, receiver: receiverPath(call), keyPath: [], keyNode: null, value: args[0],
    conditions: [], elementName: null, predicate: null,
  };
}

const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);

/**
 * Whether the predicate compares something read from its element with something that is not (a
 * lookup of a value): `u.id === id`, `u.id < max`; not `p != null`, `x === undefined`, `x.n > 0`.
 */
function hasComparison(body: AnyNode, params: AnyNode[]): boolean {
  const names = new Set(params.flatMap(patternNames));
  const readsElement = (n: AnyNode): boolean => [...namesReadIn(n)].some((x) => names.has(x));
  const constant = (n: AnyNode): boolean => {
    const u = unwrap(n);
    return /Literal$/.test(u.type) || (u.type === 'Identifier' && (u.name === 'undefined' || u.name === 'NaN'))
      || (u.type === 'UnaryExpression' && constant(u.argument));
  };
  let found = false;
  walk(body, (n) => {
    if (n.type === 'BinaryExpression' && COMPARISONS.has(n.operator)) {
      const [l, r] = [n.left, n.right];
      if ((readsElement(l) && !readsElement(r) && !constant(r)) || (readsElement(r) && !readsElement(l) && !constant(l))) found = true;
    }
    return !found;
  });
  return found;
}

function receiverPath(call: NodePath): NodePath {
  let callee: NodePath = call.get('callee');
  while (callee.node !== unwrap(callee.node)) callee = callee.get('expression');
  return callee.get('object');
}

/** The side of `a === b` that is not `value`. */
function sideOf(comparison: AnyNode, value: AnyNode): AnyNode {
  return comparison.left === value ? comparison.right : comparison.left;
}

/** `arr.filter(…).length`, read (not written). */
function isLengthRead(call: NodePath): boolean {
  const parent = call.parent?.node;
  if (!parent || parent.type !== 'MemberExpression' || parent.computed || parent.property.name !== 'length' || parentKey(call) !== 'object') return false;
  const up = call.parent.parent?.node;
  const upKey = parentKey(call.parent);
  return !(up && ((up.type === 'AssignmentExpression' && upKey === 'left') || up.type === 'UpdateExpression'));
}

/** `x.indexOf(v) !== -1`, `> -1`, `>= 0` (present) or `=== -1`, `< 0` (absent), either operand order. */
function presenceComparison(call: NodePath): { negated: boolean } | null {
  const parent = call.parent?.node;
  if (!parent || parent.type !== 'BinaryExpression') return null;
  const onLeft = parentKey(call) === 'left';
  const other = onLeft ? parent.right : parent.left;
  const constant = numericConstant(other);
  if (constant === null) return null;
  // Normalise to `indexOf(v) <op> constant`.
  const flip: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  const op = onLeft ? parent.operator : (flip[parent.operator] ?? parent.operator);
  if (constant === -1) {
    if (op === '!==' || op === '!=' || op === '>') return { negated: false };
    if (op === '===' || op === '==' || op === '<=') return { negated: true };
  }
  if (constant === 0) {
    if (op === '>=') return { negated: false };
    if (op === '<') return { negated: true };
  }
  return null;
}

function numericConstant(node: AnyNode): number | null {
  const n = unwrap(node);
  if (n.type === 'NumericLiteral') return n.value;
  if (n.type === 'UnaryExpression' && n.operator === '-' && unwrap(n.argument).type === 'NumericLiteral') return -unwrap(n.argument).value;
  return null;
}

export function isLookup(x: Lookup | NotALookup | null): x is Lookup {
  return !!x && 'kind' in x;
}
