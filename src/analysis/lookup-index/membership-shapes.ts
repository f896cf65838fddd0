/**
 * The scans this transform recognises: expressions and inner loops that look for one value in a
 * whole collection. Each match says what collection is scanned, what value is looked for, how the
 * comparison treats NaN, and how to put a Set lookup in its place.
 */
import type { JSCodeshift } from 'jscodeshift';
import { methodCall, staticPropertyName, unwrap, unwrapPath, walk, sameExpression, isReferenceIdentifier, type AnyNode, type NodePath } from '../ast';
import { callbackShape } from '../functions';
import { namesRead } from '../loops';
import { isLooseKeyComparison, matchElementEquality, matchKeyEquality } from '../equality';

export type ScanForm = 'includes' | 'indexOf' | 'some' | 'loop';

export interface KeyForm {
  /** Property names along the key path (`y.a.b` -> ['a', 'b']): writes to them would make the Set stale. */
  names: string[];
  /** Builds the mapping callback for `new Set(collection.map(cb))`. */
  mapper(j: JSCodeshift): AnyNode;
  /** The key expression inside the scan (for type questions). */
  keyNode: AnyNode;
}

export interface Scan {
  form: ScanForm;
  /** The node that is replaced (the call, the comparison, or the inner loop statement). */
  path: NodePath;
  /** The collection the Set is built from. */
  collectionPath: NodePath;
  /** The value looked up (moved into `has(…)`). */
  value: AnyNode;
  negated: boolean;
  /** Compares with `===` (never matches NaN) rather than SameValueZero (`includes`, Set). */
  strict: boolean;
  /** The value is evaluated once per inner element in the original (`some`, loops), once after. */
  valuePerElement: boolean;
  key: KeyForm | null;
  /** Builds the replacement from the `set.has(value)` expression. */
  replace(j: JSCodeshift, has: AnyNode): void;
}

/** A shape that looks like a scan but cannot be rewritten, with the reason (for `--explain`). */
export interface Refusal {
  path: NodePath;
  /** The collection that would have been scanned (a refusal only matters when it is loop-invariant). */
  collectionPath: NodePath;
  reason: string;
}

export type Match = { scan: Scan } | { refusal: Refusal } | null;

function isMinusOne(node: AnyNode): boolean {
  const n = unwrap(node);
  return n?.type === 'UnaryExpression' && n.operator === '-' && isNumber(n.argument, 1);
}

function isNumber(node: AnyNode, value: number): boolean {
  const n = unwrap(node);
  return (n?.type === 'NumericLiteral' || (n?.type === 'Literal' && typeof n.value === 'number')) && n.value === value;
}

/** `i OP k` with `i` = indexOf result: true = "found", false = "not found", null = not a membership test. */
function indexComparison(operator: string, constant: AnyNode): boolean | null {
  if (isMinusOne(constant)) {
    if (operator === '!==' || operator === '>') return true;
    if (operator === '===' || operator === '<=') return false;
  }
  if (isNumber(constant, 0)) {
    if (operator === '>=') return true;
    if (operator === '<') return false;
  }
  return null;
}

const FLIPPED: Record<string, string> = { '===': '===', '!==': '!==', '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

function singleArgument(args: AnyNode[]): AnyNode | null {
  return args.length === 1 && args[0].type !== 'SpreadElement' ? args[0] : null;
}

/** `b.includes(x)` */
export function matchIncludes(path: NodePath): Match {
  const call = methodCall(path.node);
  if (!call || call.method !== 'includes' || unwrap(path.node) !== path.node) return null;
  const collectionPath = path.get('callee', 'object');
  if (call.optional) return { refusal: { path, collectionPath, reason: 'the scan uses optional chaining (?.): a Set built before the loop cannot give undefined' } };
  const value = singleArgument(call.args);
  if (!value) return call.args.length > 1 ? { refusal: { path, collectionPath, reason: 'includes() has a start index: a Set ignores positions' } } : null;
  return {
    scan: {
      form: 'includes', path, collectionPath, value, negated: false, strict: false,
      valuePerElement: false, key: null,
      replace: (j, has) => { path.replace(has); },
    },
  };
}

/** `b.indexOf(x) !== -1`, `>= 0`, `> -1`, `=== -1`, `< 0`, either side. */
export function matchIndexOf(path: NodePath): Match {
  const node = path.node;
  if (node.type !== 'BinaryExpression') return null;
  let callSide: 'left' | 'right';
  let operator = node.operator as string;
  if (methodCall(node.left)?.method === 'indexOf') callSide = 'left';
  else if (methodCall(node.right)?.method === 'indexOf') {
    callSide = 'right';
    operator = FLIPPED[operator] ?? operator;
  } else return null;
  const call = methodCall(node[callSide])!;
  const found = indexComparison(operator, callSide === 'left' ? node.right : node.left);
  if (found === null) return null;
  const collectionPath = unwrapPath(path.get(callSide)).get('callee', 'object');
  if (call.optional) return { refusal: { path, collectionPath, reason: 'the scan uses optional chaining (?.)' } };
  const value = singleArgument(call.args);
  if (!value) return call.args.length > 1 ? { refusal: { path, collectionPath, reason: 'indexOf() has a start index: a Set ignores positions' } } : null;
  return {
    scan: {
      form: 'indexOf', path, collectionPath, value, negated: !found, strict: true,
      valuePerElement: false, key: null,
      replace: (j, has) => { path.replace(found ? has : j.unaryExpression('!', has)); },
    },
  };
}


/** `b.some(y => y === x)`, `b.some(({ id }) => id === x.id)`, function expressions and block bodies too. */
export function matchSome(path: NodePath): Match {
  const call = methodCall(path.node);
  if (!call || call.method !== 'some' || unwrap(path.node) !== path.node) return null;
  const shape = call.args.length === 1 ? callbackShape(call.args[0]) : null;
  if (!shape || shape.params.length !== 1) return null;
  const param = shape.params[0];
  if (param.type !== 'Identifier' && !(param.type === 'ObjectPattern' && simpleObjectPattern(param))) return null;
  const collectionPath = path.get('callee', 'object');
  if (isLooseKeyComparison(shape.body, shape.params)) {
    return { refusal: { path, collectionPath, reason: 'the comparison is loose (==): a Set compares like ===' } };
  }
  const equality = matchKeyEquality(shape.body, shape.params);
  if (!equality || equality.rest.length > 0) return null;
  if (call.optional) return { refusal: { path, collectionPath, reason: 'the scan uses optional chaining (?.)' } };
  const comparison = equality.comparison;
  const keySide = comparison.left === equality.value ? comparison.right : comparison.left;
  const fn = shape.fn;
  const key: KeyForm | null = equality.keyPath.length === 0 ? null : {
    names: equality.keyPath,
    keyNode: keySide,
    // Reuse the callback itself, now returning the key: its parameter and style stay as written.
    mapper: () => {
      if (fn.body.type === 'BlockStatement') fn.body.body[0].argument = keySide;
      else fn.body = keySide;
      return fn;
    },
  };
  return {
    scan: {
      form: 'some', path, collectionPath, value: equality.value, negated: false, strict: true,
      valuePerElement: true, key,
      replace: (j, has) => { path.replace(has); },
    },
  };
}

function staticKey(property: AnyNode): string | null {
  if (property.computed) return null;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'StringLiteral') return property.key.value;
  return null;
}

function simpleObjectPattern(pattern: AnyNode): boolean {
  return pattern.properties.length > 0 && pattern.properties.every((p: AnyNode) =>
    p.type === 'ObjectProperty' && staticKey(p) !== null && p.value.type === 'Identifier');
}

/**
 * An inner loop over `b` that stops at the first element equal to `x`:
 *   for (const y of b) { if (y === x) { …; break; } }
 *   for (let j = 0; j < b.length; j++) { const y = b[j]; if (x === y) return …; }
 * The `if` body must not use the element (`y` may be -0 where `x` is +0) and must not jump.
 */
export function matchInnerLoop(path: NodePath): Match {
  const loop = path.node;
  let collectionPath: NodePath;
  let elementNames: string[];
  let isElement: (n: AnyNode) => boolean;
  let statements: AnyNode[] = loop.body?.type === 'BlockStatement' ? loop.body.body : [loop.body];
  if (loop.type === 'ForOfStatement' && !loop.await) {
    const left = loop.left;
    if (left.type !== 'VariableDeclaration' || left.declarations.length !== 1 || left.declarations[0].id.type !== 'Identifier') return null;
    const name = left.declarations[0].id.name;
    collectionPath = path.get('right');
    elementNames = [name];
    isElement = (n) => n?.type === 'Identifier' && n.name === name;
  } else if (loop.type === 'ForStatement') {
    const indexed = indexLoop(path);
    if (!indexed) return null;
    collectionPath = indexed.collectionPath;
    const index = indexed.index;
    const collection = collectionPath.node;
    const isIndexed = (n: AnyNode): boolean => n?.type === 'MemberExpression' && n.computed
      && n.property.type === 'Identifier' && n.property.name === index && sameExpression(n.object, collection);
    elementNames = [index];
    isElement = isIndexed;
    // `const y = b[j];` as the first statement names the element.
    const first = statements[0];
    if (statements.length === 2 && first?.type === 'VariableDeclaration' && first.kind !== 'var' && first.declarations.length === 1
      && first.declarations[0].id.type === 'Identifier' && isIndexed(unwrap(first.declarations[0].init))) {
      const alias = first.declarations[0].id.name;
      elementNames = [index, alias];
      isElement = (n) => isIndexed(n) || (n?.type === 'Identifier' && n.name === alias);
      statements = statements.slice(1);
    }
  } else {
    return null;
  }
  if (statements.length !== 1 || statements[0]?.type !== 'IfStatement' || statements[0].alternate) return null;
  const ifNode = statements[0];
  const equality = matchElementEquality(ifNode.test, (n) => (isElement(n) ? [] : null), elementNames);
  if (!equality) return null;
  if ('loose' in equality) return { refusal: { path, collectionPath, reason: 'the comparison is loose (==): a Set compares like ===' } };
  const body: AnyNode[] = ifNode.consequent.type === 'BlockStatement' ? ifNode.consequent.body : [ifNode.consequent];
  const last = body[body.length - 1];
  let kept: AnyNode[];
  if (last?.type === 'BreakStatement' && !last.label) kept = body.slice(0, -1);
  else if (last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement') kept = body;
  else {
    return { refusal: { path, collectionPath, reason: 'the inner loop does not stop at the first match: it acts once per matching duplicate, a Set would act once' } };
  }
  if (kept.length === 0) return null;
  const usesElement = kept.some((s) => { const read = namesRead(s); return elementNames.some((n) => read.has(n)); });
  if (usesElement) return { refusal: { path, collectionPath, reason: 'the matching branch uses the inner element, which may differ from the value (-0 and +0)' } };
  if (kept.some(jumps)) return { refusal: { path, collectionPath, reason: 'the matching branch contains break/continue, whose target would change' } };
  const keySide = equality.keySide;
  const elementName = elementNames[elementNames.length - 1];
  const key: KeyForm | null = equality.keyPath.length === 0 ? null : {
    names: equality.keyPath,
    keyNode: keySide,
    mapper: (j) => {
      const param = loop.type === 'ForOfStatement' || elementNames.length === 2 ? elementName : 'item';
      return j.arrowFunctionExpression([j.identifier(param)], keyExpression(j, keySide, isElement, param));
    },
  };
  return {
    scan: {
      form: 'loop', path, collectionPath, value: equality.value, negated: false, strict: true, valuePerElement: true, key,
      replace: (j, has) => {
        // The original `if` takes the loop's place, so its own formatting is kept.
        ifNode.test = has;
        if (ifNode.consequent.type === 'BlockStatement') ifNode.consequent.body = kept;
        if (loop.comments?.length) ifNode.comments = [...loop.comments, ...(ifNode.comments ?? [])];
        path.replace(ifNode);
      },
    },
  };
}

/** Rebuilds `element.a.b` as `param.a.b`. */
function keyExpression(j: JSCodeshift, node: AnyNode, isElement: (n: AnyNode) => boolean, param: string): AnyNode {
  const n = unwrap(node);
  if (isElement(n)) return j.identifier(param);
  return j.memberExpression(keyExpression(j, n.object, isElement, param), n.property, n.computed);
}

/** `for (let j = 0; j < b.length; j++)` -> { index: 'j', collectionPath: b }. */
function indexLoop(path: NodePath): { index: string; collectionPath: NodePath } | null {
  const { init, test, update } = path.node;
  if (init?.type !== 'VariableDeclaration' || init.kind !== 'let' || init.declarations.length !== 1) return null;
  const decl = init.declarations[0];
  if (decl.id.type !== 'Identifier' || !isNumber(decl.init, 0)) return null;
  const index = decl.id.name;
  const isIndex = (n: AnyNode): boolean => n?.type === 'Identifier' && n.name === index;
  if (test?.type !== 'BinaryExpression' || test.operator !== '<' || !isIndex(test.left)) return null;
  const length = test.right;
  if (length.type !== 'MemberExpression' || length.computed || staticPropertyName(length) !== 'length') return null;
  const collection = unwrap(length.object);
  if (collection.type !== 'Identifier' && collection.type !== 'MemberExpression') return null;
  const increments = (update?.type === 'UpdateExpression' && update.operator === '++' && isIndex(update.argument))
    || (update?.type === 'AssignmentExpression' && update.operator === '+=' && isIndex(update.left) && isNumber(update.right, 1));
  if (!increments) return null;
  // The index must only be read inside the loop.
  let written = false;
  walk(path.node.body, (n) => {
    if ((n.type === 'AssignmentExpression' && isIndex(n.left)) || (n.type === 'UpdateExpression' && isIndex(n.argument))) written = true;
    return !written;
  });
  if (written) return null;
  return { index, collectionPath: path.get('test', 'right', 'object') };
}

/** Whether a statement contains `break` or `continue` (outside nested functions). */
function jumps(statement: AnyNode): boolean {
  let found = false;
  walk(statement, (n) => {
    if (found) return false;
    if (n.type === 'BreakStatement' || n.type === 'ContinueStatement') found = true;
    return !(n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'FunctionDeclaration');
  });
  return found;
}

export { isReferenceIdentifier };
