import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, isReferenceIdentifier, isTypeOnly, walk, type AnyNode, type NodePath } from './ast';

/** ast-types' Scope object (kept opaque: only identity and `node` are used). */
export type Scope = { node: AnyNode; lookup(name: string): Scope | null; declares(name: string): boolean; isGlobal: boolean; parent: Scope | null; getBindings(): Record<string, NodePath[]> };

/** The scope that declares `name` as seen from `path`; null for globals and undeclared names. */
export function bindingScope(path: NodePath, name: string): Scope | null {
  // Scope.lookup, except that a `catch {}` without a binding declares nothing: ast-types' own scan
  // of such a clause throws ("null does not match type Pattern").
  for (let scope = (path as unknown as { scope?: Scope | null }).scope ?? null; scope; scope = scope.parent) {
    if (scope.node.type === 'CatchClause' && !scope.node.param) continue;
    if (scope.declares(name)) return scope;
  }
  return null;
}

/** The key of `path` in its parent node (`property`, `arguments`, …). */
export function parentKey(path: NodePath): string {
  return typeof path.name === 'number' ? String(path.parentPath?.name) : String(path.name);
}

function inTypePosition(path: NodePath): boolean {
  for (let p: NodePath | null = path.parent; p; p = p.parent) {
    if (isTypeOnly(p.node)) return true;
    if (p.node.type.endsWith('Statement') || p.node.type === 'Program') return false;
  }
  return false;
}

/** Identifier paths in `region` that refer to the binding of `name` declared in `scope` (null = global). */
export function referencesTo(j: JSCodeshift, region: NodePath, name: string, scope: Scope | null): NodePath[] {
  return j(region)
    .find(j.Identifier, { name })
    .filter((p: NodePath) => isReferenceIdentifier(p.parent?.node, parentKey(p)) && !inTypePosition(p) && bindingScope(p, name) === scope)
    .paths();
}

/** Whether `inner` lies inside `outer` (by source range; both must be original nodes). */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  if (outer === inner) return true;
  if (typeof outer?.start !== 'number' || typeof inner?.start !== 'number') return false;
  return outer.start <= inner.start && inner.end <= outer.end;
}

export interface ReadsWrites {
  /** Identifiers read. */
  reads: Set<string>;
  /** Identifiers assigned (`x = …`, `x++`, destructuring targets, declarations). */
  writes: Set<string>;
  /** Root identifiers of member writes (`a.b.c = …` -> `a`), `this` as 'this'. */
  memberWrites: Set<string>;
  hasCalls: boolean;
  hasAwait: boolean;
}

/** A syntactic summary of what a statement or expression reads and writes (closures included). */
export function readsWrites(node: AnyNode): ReadsWrites {
  const result: ReadsWrites = { reads: new Set(), writes: new Set(), memberWrites: new Set(), hasCalls: false, hasAwait: false };
  const targetNames = (target: AnyNode, into: Set<string>): void => {
    walk(target, (n, parent, key) => {
      if (n.type === 'Identifier' && isReferenceIdentifier(parent, key)) into.add(n.name);
      if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
        const root = memberRoot(n);
        if (root) result.memberWrites.add(root);
        return false;
      }
      return true;
    });
  };
  walk(node, (n, parent, key) => {
    switch (n.type) {
      case 'AssignmentExpression':
        if (n.left.type === 'Identifier') result.writes.add(n.left.name);
        else targetNames(n.left, result.writes);
        if (n.operator !== '=') targetNames(n.left, result.reads);
        return true;
      case 'UpdateExpression':
        targetNames(n.argument, result.writes);
        return true;
      case 'UnaryExpression':
        if (n.operator === 'delete') targetNames(n.argument, result.writes);
        return true;
      case 'VariableDeclarator':
        targetNames(n.id, result.writes);
        return true;
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression':
      case 'TaggedTemplateExpression':
        result.hasCalls = true;
        return true;
      case 'AwaitExpression':
        result.hasAwait = true;
        return true;
      case 'ForOfStatement':
        if (n.await) result.hasAwait = true;
        return true;
      case 'Identifier':
        if (isReferenceIdentifier(parent, key)) result.reads.add(n.name);
        return true;
      default:
        return true;
    }
  });
  return result;
}

/** `a.b.c` -> 'a'; `this.x` -> 'this'; null when the chain starts elsewhere (a call, a literal). */
export function memberRoot(node: AnyNode): string | null {
  let current = node;
  while (current && (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression'
    || current.type === 'TSNonNullExpression' || current.type === 'TSAsExpression')) {
    current = current.type === 'TSNonNullExpression' || current.type === 'TSAsExpression' ? current.expression : current.object;
  }
  if (current?.type === 'Identifier') return current.name;
  if (current?.type === 'ThisExpression') return 'this';
  return null;
}

/** The path of `node` among the ancestors of `from` (inclusive); null when it is not one. */
export function ancestorPath(from: NodePath, node: unknown): NodePath | null {
  for (let p: NodePath | null = from; p; p = p.parent) if (p.node === node) return p;
  return null;
}

/** Whether `ref` sits inside a function nested below `scopeNode` (code that may run at another time). */
export function insideNestedFunction(ref: NodePath, scopeNode: unknown): boolean {
  for (let p = ref.parent; p && p.node !== scopeNode; p = p.parent) if (isFunctionNode(p.node)) return true;
  return false;
}
