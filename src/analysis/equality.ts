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

/** `e.a.b` (with `e` bound to path P) -> [...P, 'a', 'b']; null when not a static key path of the element. */
function keyPathOf(node: AnyNode, bindings: Map<string, string[]>): string[] | null {
  const n = unwrap(node);
  if (n.type === 'Identifier') return bindings.get(n.name) ?? null;
  if ((n.type === 'MemberExpression') && !n.optional) {
    const name = staticPropertyName(n);
    if (name === null) return null;
    const base = keyPathOf(n.object, bindings);
    return base ? [...base, name] : null;
  }
  return null;
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
  const parts = conjuncts(body);
  let match: KeyEquality | null = null;
  const rest: AnyNode[] = [];
  for (const part of parts) {
    if (!match && part.type === 'BinaryExpression' && part.operator === '===') {
      const left = keyPathOf(part.left, bindings);
      const right = keyPathOf(part.right, bindings);
      const [keyPath, value] = left && !right ? [left, part.right] : right && !left ? [right, part.left] : [null, null];
      if (keyPath) {
        const reads = namesRead(value);
        const readsParam = [...bindings.keys(), ...otherParams].some((name) => reads.has(name));
        if (!readsParam) {
          match = { keyPath, value, comparison: part, rest, elementNames: [...bindings.keys()] };
          continue;
        }
      }
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

/** Whether `node` reads any of `names`. */
export function readsAny(node: AnyNode, names: Iterable<string>): boolean {
  const reads = namesRead(node);
  for (const name of names) if (reads.has(name)) return true;
  return false;
}
