/**
 * Names for new bindings that only need to be unique where they live. A `const` inserted in a
 * function can neither shadow nor be shadowed by anything as long as no identifier with that name
 * appears inside that function, so two functions in a file may both get `bSet` (rather than
 * `bSet`, `bSet2`, … file-wide as `freshName` gives).
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, type AnyNode, type NodePath } from './ast';

const TAKEN = new Set(['arguments', 'undefined', 'NaN', 'Infinity', 'Set', 'Map', 'Array', 'Object', 'eval']);

/** The function (or the program) whose body a statement inserted before `path` belongs to. */
export function owningFunction(path: NodePath): AnyNode {
  for (let p: NodePath | null = path.parent; p; p = p.parent) {
    if (isFunctionNode(p.node) || p.node.type === 'Program') return p.node;
  }
  return path.node;
}

/** Every identifier name (and JSX name) written anywhere inside `node`, type positions included. */
function namesWithin(node: AnyNode): Set<string> {
  const names = new Set<string>();
  const visit = (n: AnyNode): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    if (typeof n.type !== 'string') return;
    if ((n.type === 'Identifier' || n.type === 'JSXIdentifier') && typeof n.name === 'string') names.add(n.name);
    for (const key of Object.keys(n)) {
      if (key === 'loc' || key === 'tokens' || key === 'comments' || key === 'original') continue;
      const child = n[key];
      if (child && typeof child === 'object') visit(child);
    }
  };
  visit(node);
  return names;
}

/**
 * A name derived from `base` (`bSet`, `bSet2`, …) for a `const` inserted immediately before the
 * statement at `path`: no identifier with that name occurs in the function that will hold it.
 * Names are re-read from the tree on each call, so bindings inserted earlier count.
 */
export function freshLocalName(j: JSCodeshift, path: NodePath, base: string): string {
  void j;
  const names = namesWithin(owningFunction(path));
  let candidate = base;
  for (let i = 2; names.has(candidate) || TAKEN.has(candidate); i++) candidate = `${base}${i}`;
  return candidate;
}
