/**
 * The scanned collection: which shapes of expression can be turned into a Set built once, what
 * binding must stay unchanged for the Set to stay true, and what to call the Set.
 */
import { isFunctionNode, staticPropertyName, unwrap, walk, type AnyNode, type NodePath } from '../ast';
import { stemOf } from '../naming';
import { callbackShape, patternNames } from '../functions';
import { describe } from '../mutation';
import { isSideEffectFree } from '../purity';
import { bindingScope, contains, readsWrites } from '../scope';
import { namesRead, type LoopInfo } from '../loops';

export interface CollectionSource {
  /** The identifier or member chain whose contents the Set copies (null for a literal). */
  base: NodePath | null;
  /** Key names read by a `.map(cb)` receiver (`b.map(y => y.id)` -> ['id']). */
  mappedKeys: string[];
  /** The mapping callback's body (`y.id`), read from every element up front. */
  mappedBody?: AnyNode;
  /** Stem for the Set's name: `b`, `usersEmail`, `rightKey`. */
  stem: string;
  /** The expression is an array literal written in place. */
  literal: boolean;
  /** Building it calls something (map, Object.keys): not free to run when the loop would not. */
  call: boolean;
}

const OBJECT_READERS: Record<string, string> = { 'Object.keys': 'Key', 'Object.values': 'Value', 'Object.entries': 'Entry' };

function capitalize(name: string): string {
  return name ? name[0].toUpperCase() + name.slice(1) : name;
}

/** Identifiers and static member chains (`b`, `this.users`, `config.allowed`). */
function isReference(node: AnyNode): boolean {
  const n = unwrap(node);
  if (n?.type === 'Identifier' || n?.type === 'ThisExpression') return true;
  return n?.type === 'MemberExpression' && !n.optional && staticPropertyName(n) !== null && !n.computed && isReference(n.object);
}

/** What the collection expression at `path` is made of; null when it is not a shape we build Sets from. */
export function collectionSource(path: NodePath): CollectionSource | null {
  const node = unwrap(path.node);
  if (isReference(node)) {
    let base = path;
    while (base.node !== node) base = base.get('expression');
    return { base, mappedKeys: [], stem: stemOf(describe(node)), literal: false, call: false };
  }
  if (node.type === 'ArrayExpression') {
    if (!node.elements.every((e: AnyNode) => e && e.type !== 'SpreadElement' && isSideEffectFree(e))) return null;
    return { base: null, mappedKeys: [], stem: 'lookup', literal: true, call: false };
  }
  if (node.type !== 'CallExpression') return null;
  const callee = unwrap(node.callee);
  const reader = OBJECT_READERS[describe(callee)];
  if (reader && node.arguments.length === 1 && isReference(node.arguments[0])) {
    return { base: path.get('arguments', 0), mappedKeys: [], stem: `${stemOf(describe(node.arguments[0]))}${reader}`, literal: false, call: true };
  }
  // `b.map(y => y.id)`: rebuilt per item in the original, once after.
  if (callee.type === 'MemberExpression' && staticPropertyName(callee) === 'map' && isReference(callee.object) && node.arguments.length === 1) {
    const shape = callbackShape(node.arguments[0]);
    if (!shape || shape.params.length !== 1 || shape.params[0].type !== 'Identifier' || !isSideEffectFree(shape.body)) return null;
    const keys = memberNames(shape.body);
    return {
      base: path.get('callee', 'object'), mappedKeys: keys, mappedBody: shape.body,
      stem: `${stemOf(describe(callee.object))}${keys.length ? capitalize(keys[keys.length - 1]) : 'Mapped'}`, literal: false, call: true,
    };
  }
  return null;
}

function memberNames(node: AnyNode): string[] {
  const n = unwrap(node);
  if (n?.type !== 'MemberExpression') return [];
  const name = staticPropertyName(n);
  return [...memberNames(n.object), ...(name === null ? [] : [name])];
}

/** Whether the collection is the same on every iteration of `loop` (see `variance`). */
export function invariantIn(path: NodePath, loop: LoopInfo): boolean {
  return variance(path, loop) === null;
}

/**
 * Why the collection may differ between iterations of `loop`: 'per-iteration' when it depends on
 * the loop's own element (a different shape, not a missed rewrite), or the name assigned inside
 * the loop; null when it is loop-invariant.
 */
export function variance(path: NodePath, loop: LoopInfo): 'per-iteration' | { assigned: string } | null {
  const node = path.node;
  const changed = readsWrites(loop.path.node);
  const callbackParams = new Set<string>();
  // Parameters of a mapping callback inside the collection expression are its own.
  for (const arg of node.type === 'CallExpression' ? node.arguments : []) {
    if (isFunctionNode(arg)) for (const p of arg.params) if (p.type === 'Identifier') callbackParams.add(p.name);
  }
  for (const name of namesRead(node)) {
    if (callbackParams.has(name)) continue;
    if (loop.boundNames.includes(name)) return 'per-iteration';
    const scope = bindingScope(path, name);
    if (scope && contains(loop.path.node, scope.node)) return 'per-iteration';
    if (changed.writes.has(name)) return declaredInside(loop, name) ? 'per-iteration' : { assigned: name };
  }
  if (changed.memberWrites.size > 0 && node.type === 'MemberExpression') {
    const root = describe(node).split('.')[0];
    if (changed.memberWrites.has(root)) return { assigned: describe(node) };
  }
  return null;
}

/** Whether `name` is declared (not just assigned) somewhere inside the loop. */
function declaredInside(loop: LoopInfo, name: string): boolean {
  let found = false;
  walk(loop.path.node, (n) => {
    if (found) return false;
    if (n.type === 'VariableDeclarator' && patternNames(n.id).includes(name)) found = true;
    return true;
  });
  return found;
}
