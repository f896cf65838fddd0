/**
 * Equality predicates: `e => e.key === v` and its spellings, the shape every Set/Map rewrite starts from.
 */
import { staticPropertyName, unwrap, type AnyNode } from './ast';
import { namesRead } from './loops';

export interface KeyEquality {
  /** Property path from the element to the compared key; empty when the element itself is compared. */
  keyPath: string[];
  /** The expression the key is compared with (does not read the element). */
  value: AnyNode;
  /** The `===` node itself. */
  comparison: AnyNode;
  /** The other `&&` conjuncts, in order (empty for a plain equality). */
  rest: AnyNode[];
  /** Names bound to the element (or its destructured parts) by the predicate's first parameter. */
  elementNames: string[];
}

/** `a && b && c` -> [a, b, c]. */
export function conjuncts(node: AnyNode): AnyNode[] {
  const n = unwrap(node);
  if (n.type === 'LogicalExpression' && n.operator === '&&') return [...conjuncts(n.left), ...conjuncts(n.right)];
  return [n];
}

/**
 * Binds the predicate's element parameter: `e` -> e is the element; `{ id, org: { code } }` ->
 * `id` is key ['id'], `code` is key ['org', 'code']. Defaults, rest elements or computed keys: null.
 */
function elementBindings(param: AnyNode): Map<string, string[]> | null {
  const bindings = new Map<string, string[]>();
  const visit = (pattern: AnyNode, path: string[]): boolean => {
    if (pattern.type === 'Identifier') {
      bindings.set(pattern.name, path);
      return true;
    }
    if (pattern.type === 'ObjectPattern') {
      for (const prop of pattern.properties) {
        if (prop.type !== 'ObjectProperty' && prop.type !== 'Property') return false;
        if (prop.computed) return false;
        const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'StringLiteral' ? prop.key.value : null;
        if (key === null || !visit(prop.value, [...path, key])) return false;
      }
      return true;
    }
    return false;
  };
  return param && visit(param, []) ? bindings : null;
}

/**
 * Says where an expression stands relative to the element: the key path of a root (`[]` for the
 * element itself, `['id']` for a destructured `id`), or null when it is not a root.
 */
export type ElementRoot = (node: AnyNode) => string[] | null;

/** `e.a.b` with `e` a root at path P -> [...P, 'a', 'b']; null when not a static key path of the element. */
export function elementKeyPath(node: AnyNode, root: ElementRoot): string[] | null {
  const n = unwrap(node);
  const base = root(n);
  if (base) return base;
  if (n?.type === 'MemberExpression' && !n.optional) {
    const name = staticPropertyName(n);
    if (name === null) return null;
    const inner = elementKeyPath(n.object, root);
    return inner ? [...inner, name] : null;
  }
  return null;
}

export interface ElementEquality {
  /** The side of `===` that reads the element (the element itself, or `element.a.b`). */
  keySide: AnyNode;
  keyPath: string[];
  /** The other side: it reads none of `elementNames`. */
  value: AnyNode;
}

/**
 * Splits `key(element) === value` (either side) into its parts. `==` gives `{ loose: true }` (never
 * rewritten, but worth explaining); anything else, or a value that reads the element, gives null.
 */
export function matchElementEquality(test: AnyNode, root: ElementRoot, elementNames: Iterable<string>): ElementEquality | { loose: true } | null {
  const t = unwrap(test);
  if (t?.type !== 'BinaryExpression' || (t.operator !== '===' && t.operator !== '==')) return null;
  const names = [...elementNames];
  for (const [keySide, value] of [[t.left, t.right], [t.right, t.left]]) {
    const keyPath = elementKeyPath(keySide, root);
    if (!keyPath || elementKeyPath(value, root)) continue;
    const reads = namesRead(value);
    if (names.some((name) => reads.has(name))) continue;
    return t.operator === '==' ? { loose: true } : { keySide, keyPath, value };
  }
  return null;
}

/** The root for a predicate's element parameter (`e`, or a destructuring pattern). */
function parameterRoot(bindings: Map<string, string[]>): ElementRoot {
  return (n) => (n?.type === 'Identifier' ? bindings.get(n.name) ?? null : null);
}

/**
 * Matches a predicate body of the form `key(e) === value` (either side), optionally `&&`-combined
 * with other conditions. `value` must not read the element or any other parameter (`(e, i) => e.id === i`
 * compares with the position: not a lookup). Loose `==`, `!==` and other operators: null.
 */
export function matchKeyEquality(body: AnyNode, params: AnyNode[]): KeyEquality | null {
  if (params.length === 0) return null;
  const bindings = elementBindings(params[0]);
  if (!bindings) return null;
  const otherParams = new Set(params.slice(1).flatMap((p) => (p.type === 'Identifier' ? [p.name] : ['\0'])));
  if (otherParams.has('\0')) return null;
  const root = parameterRoot(bindings);
  let match: KeyEquality | null = null;
  const rest: AnyNode[] = [];
  for (const part of conjuncts(body)) {
    const equality: ElementEquality | { loose: true } | null = match ? null : matchElementEquality(part, root, [...bindings.keys(), ...otherParams]);
    if (equality && !('loose' in equality)) {
      match = { keyPath: equality.keyPath, value: equality.value, comparison: part, rest, elementNames: [...bindings.keys()] };
      continue;
    }
    rest.push(part);
  }
  if (!match) return null;
  // Other parameters (index, array) must not be read anywhere in the predicate.
  if (otherParams.size > 0) {
    const reads = namesRead(body);
    if ([...otherParams].some((name) => reads.has(name))) return null;
  }
  return match;
}

/** Whether a one-parameter predicate compares a key of its element loosely (`e.id == v`). */
export function isLooseKeyComparison(body: AnyNode, params: AnyNode[]): boolean {
  const bindings = params.length === 1 ? elementBindings(params[0]) : null;
  if (!bindings) return false;
  const result = matchElementEquality(body, parameterRoot(bindings), bindings.keys());
  return !!result && 'loose' in result;
}
