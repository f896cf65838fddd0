/**
 * Names for new bindings. A `const` inserted in a function can neither shadow nor be shadowed by
 * anything as long as no identifier with that name appears inside that function, so two functions
 * in one file may both get `bSet`; at module level the whole file counts. The tree is re-read on
 * each call, so bindings inserted earlier (by this or another transform) count, and names handed
 * out but not inserted yet are remembered per file.
 */
import type { Collection, JSCodeshift } from 'jscodeshift';
import { isFunctionNode, type AnyNode, type NodePath } from './ast';

const RESERVED = new Set([
  'arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in',
  'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static',
  'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'undefined', 'NaN',
  'Infinity', 'Set', 'Map', 'Array', 'Object',
]);

// Names handed out per function (or Program) that may not be in the tree yet.
const handedOut = new WeakMap<object, Set<string>>();

/** Turns an expression's text into a camelCase identifier stem: `this.users` -> `users`, `a.b` -> `aB`. */
export function stemOf(text: string): string {
  const parts = text.replace(/^this\./, '').split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  const stem = parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join('');
  return /^[A-Za-z_$]/.test(stem) ? stem : `_${stem}`;
}

/** The function (or the program) whose body a statement inserted before `path` belongs to. */
export function owningFunction(path: NodePath): AnyNode {
  for (let p: NodePath | null = path.parent; p; p = p.parent) {
    if (isFunctionNode(p.node) || p.node.type === 'Program') return p.node;
  }
  return path.node;
}

function fileNodeOf(path: NodePath): AnyNode {
  let p: NodePath = path;
  while (p.parent) p = p.parent;
  return p.node;
}

/** Every identifier name (and JSX name) written anywhere inside `node`, type positions included. */
function namesWithin(node: AnyNode): Set<string> {
  const names = new Set<string>();
  const visit = (n: AnyNode): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      n.forEach(visit);
      return;
    }
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

function isCollection(at: Collection | NodePath): at is Collection {
  return typeof (at as Collection).paths === 'function';
}

/**
 * A collision-free identifier derived from `base` (`bSet`, `bSet2`, …) for a binding inserted at
 * `at`: a path (unique within its function) or the root collection (unique in the whole file).
 */
export function freshName(j: JSCodeshift, at: Collection | NodePath, base: string): string {
  void j;
  const program = (isCollection(at) ? at.get().node : fileNodeOf(at)).program;
  const within = isCollection(at) ? program : owningFunction(at);
  const names = namesWithin(within);
  let given = handedOut.get(within);
  if (!given) handedOut.set(within, (given = new Set()));
  // Module-level names handed out are visible in every function.
  const moduleGiven = handedOut.get(program) ?? new Set<string>();
  const stem = /^[A-Za-z_$][\w$]*$/.test(base) ? base : stemOf(base);
  let candidate = stem;
  const taken = (name: string) => names.has(name) || given!.has(name) || moduleGiven.has(name) || RESERVED.has(name);
  for (let i = 2; taken(candidate); i++) candidate = `${stem}${i}`;
  given.add(candidate);
  return candidate;
}

/** Gives back a name from `freshName` that ended up unused (the candidate was not rewritten). */
export function releaseName(at: Collection | NodePath, name: string): void {
  const program = (isCollection(at) ? at.get().node : fileNodeOf(at)).program;
  const within = isCollection(at) ? program : owningFunction(at);
  handedOut.get(within)?.delete(name);
}
