import type { Collection } from 'jscodeshift';
import type { AnyNode, NodePath } from './ast';

/** Keys that never lead to runtime code (positions, comments, tokens, type annotations). */
const SKIPPED_KEYS = new Set([
  'loc', 'start', 'end', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'tokens', 'extra',
  'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeParameters', 'implements',
]);

/**
 * The paths of the nodes that satisfy `test`, in source order (outer before inner). Same answer as
 * `root.find(j.Node).filter(test)` for runtime code, but it walks plain nodes and makes NodePaths
 * only for the matches and their ancestors: ast-types' path traversal of a whole file costs more
 * than parsing it, and most files have few matches or none.
 */
export function findPaths(root: Collection, test: (node: AnyNode) => boolean): NodePath[] {
  const rootPath = root.paths()[0] as NodePath | undefined;
  if (!rootPath) return [];
  const found: { node: AnyNode; keys: (string | number)[] }[] = [];
  const keys: (string | number)[] = [];
  const visit = (node: AnyNode): void => {
    if (test(node)) found.push({ node, keys: [...keys] });
    for (const key of Object.keys(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const child = node[key];
      if (Array.isArray(child)) {
        keys.push(key);
        for (let i = 0; i < child.length; i++) {
          const c = child[i];
          if (c && typeof c.type === 'string') {
            keys.push(i);
            visit(c);
            keys.pop();
          }
        }
        keys.pop();
      } else if (child && typeof child.type === 'string') {
        keys.push(key);
        visit(child);
        keys.pop();
      }
    }
  };
  visit(rootPath.node);
  // Source order, an enclosing node before the nodes inside it (what a pre-order traversal gives).
  found.sort((a, b) => (a.node.start ?? 0) - (b.node.start ?? 0) || (b.node.end ?? 0) - (a.node.end ?? 0));
  return found.map(({ keys: chain }) => chain.reduce<NodePath>((path, key) => path.get(key) as NodePath, rootPath));
}

/** Whether `path` still leads to its node from the root (no rewrite replaced a node above it). */
export function isAttached(path: NodePath): boolean {
  for (let p: NodePath | null = path; p?.parentPath; p = p.parentPath) {
    if ((p.parentPath.value as Record<string | number, unknown>)[p.name] !== p.value) return false;
  }
  return true;
}
