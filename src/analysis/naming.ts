import type { Collection, JSCodeshift } from 'jscodeshift';
import type { AnyNode } from './ast';

// Names already used in a file (any identifier anywhere, so a new binding can never shadow or be
// shadowed), cached per parsed tree; names handed out are added so two rewrites never collide.
const usedNames = new WeakMap<object, Set<string>>();

const RESERVED = new Set([
  'arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in',
  'instanceof', 'interface', 'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'static',
  'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'undefined', 'NaN',
  'Infinity', 'Set', 'Map', 'Array', 'Object',
]);

function namesIn(j: JSCodeshift, root: Collection): Set<string> {
  const program = root.get().node as AnyNode;
  let names = usedNames.get(program);
  if (!names) {
    names = new Set<string>();
    root.find(j.Identifier).forEach((p) => names!.add(p.node.name));
    root.find(j.JSXIdentifier).forEach((p) => names!.add(p.node.name));
    usedNames.set(program, names);
  }
  return names;
}

/** Turns an expression's text into a camelCase identifier stem: `this.users` -> `users`, `a.b` -> `aB`. */
export function stemOf(text: string): string {
  const parts = text.replace(/^this\./, '').split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  const stem = parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join('');
  return /^[A-Za-z_$]/.test(stem) ? stem : `_${stem}`;
}

/** A collision-free identifier for a new binding, derived from `base` (`bSet`, `bSet2`, …). */
export function freshName(j: JSCodeshift, root: Collection, base: string): string {
  const names = namesIn(j, root);
  const stem = /^[A-Za-z_$][\w$]*$/.test(base) ? base : stemOf(base);
  let candidate = stem;
  for (let i = 2; names.has(candidate) || RESERVED.has(candidate); i++) candidate = `${stem}${i}`;
  names.add(candidate);
  return candidate;
}
