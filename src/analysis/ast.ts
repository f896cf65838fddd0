/**
 * Small helpers over Babel/ast-types nodes. Nodes are handled structurally (`type` strings) so that
 * the analysis works on whatever jscodeshift's parsers produce.
 */
import type { ASTPath } from 'jscodeshift';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyNode = any;
export type NodePath = ASTPath<AnyNode>;

export const FUNCTION_TYPES = new Set([
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod',
  'ClassPrivateMethod', 'TSDeclareFunction', 'TSDeclareMethod',
]);

export function isFunctionNode(node: AnyNode): boolean {
  return !!node && FUNCTION_TYPES.has(node.type);
}

/** Strips TS-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`) and parentheses. */
export function unwrap(node: AnyNode): AnyNode {
  let current = node;
  while (current && (current.type === 'TSAsExpression' || current.type === 'TSNonNullExpression'
    || current.type === 'TSTypeAssertion' || current.type === 'TSSatisfiesExpression'
    || current.type === 'ParenthesizedExpression' || current.type === 'TypeCastExpression')) {
    current = current.expression;
  }
  return current;
}

/** The path below TS wrappers and parentheses (`(x as T)!` -> the path of `x`). */
export function unwrapPath(path: NodePath): NodePath {
  let p = path;
  while (p.node !== unwrap(p.node)) p = p.get('expression');
  return p;
}

/** The static name of a member property: `a.b` -> 'b', `a['b']` -> 'b', `a[0]` -> '0'; null when computed. */
export function staticPropertyName(member: AnyNode): string | null {
  if (!member || (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression')) return null;
  const prop = member.property;
  if (!member.computed && prop.type === 'Identifier') return prop.name;
  if (member.computed && (prop.type === 'StringLiteral' || (prop.type === 'Literal' && typeof prop.value === 'string'))) return prop.value;
  if (member.computed && (prop.type === 'NumericLiteral' || (prop.type === 'Literal' && typeof prop.value === 'number'))) return String(prop.value);
  return null;
}

export function isMember(node: AnyNode): boolean {
  return !!node && (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression');
}

export function isCall(node: AnyNode): boolean {
  return !!node && (node.type === 'CallExpression' || node.type === 'OptionalCallExpression');
}

/** `recv.method(args)` -> { receiver, method, args }; null for anything else (computed methods included). */
export function methodCall(node: AnyNode): { receiver: AnyNode; method: string; args: AnyNode[]; optional: boolean } | null {
  const call = unwrap(node);
  if (!isCall(call)) return null;
  const callee = unwrap(call.callee);
  if (!isMember(callee)) return null;
  const method = staticPropertyName(callee);
  if (method === null) return null;
  return { receiver: callee.object, method, args: call.arguments, optional: !!(call.optional || callee.optional) };
}

/** Structural equality of two expressions, ignoring positions, comments, parentheses and TS wrappers. */
export function sameExpression(a: AnyNode, b: AnyNode): boolean {
  const x = unwrap(a);
  const y = unwrap(b);
  if (x === y) return true;
  if (!x || !y || x.type !== y.type) return false;
  switch (x.type) {
    case 'Identifier':
      return x.name === y.name;
    case 'ThisExpression':
    case 'Super':
      return true;
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'Literal':
      return x.value === y.value;
    case 'NullLiteral':
      return true;
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return x.computed === y.computed && !!x.optional === !!y.optional
        && sameExpression(x.object, y.object) && sameExpression(x.property, y.property);
    default:
      return false;
  }
}

// Position data, comments, and type-only children (no runtime meaning) are not walked.
const SKIPPED_KEYS = new Set([
  'loc', 'start', 'end', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'tokens', 'extra',
  'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeParameters', 'implements',
]);

/** Every runtime node below `node` (inclusive), depth first; `enter` returning false skips a subtree. */
export function walk(node: AnyNode, enter: (n: AnyNode, parent: AnyNode | null, key: string) => boolean | void, parent: AnyNode | null = null, key = ''): void {
  if (!node || typeof node.type !== 'string') return;
  if (enter(node, parent, key) === false) return;
  for (const k of Object.keys(node)) {
    if (SKIPPED_KEYS.has(k)) continue;
    const child = node[k];
    if (Array.isArray(child)) {
      for (const c of child) if (c && typeof c.type === 'string') walk(c, enter, node, k);
    } else if (child && typeof child.type === 'string') {
      walk(child, enter, node, k);
    }
  }
}

/** True when `node` is in a type position (annotations, interfaces…): no runtime meaning. */
export function isTypeOnly(node: AnyNode): boolean {
  return typeof node?.type === 'string' && (node.type.startsWith('TS') && !['TSAsExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSSatisfiesExpression', 'TSParameterProperty', 'TSEnumDeclaration', 'TSModuleDeclaration', 'TSExportAssignment', 'TSImportEqualsDeclaration'].includes(node.type)
    || node.type === 'TypeAnnotation' || node.type === 'TypeParameterDeclaration' || node.type === 'TypeParameterInstantiation');
}

/** Whether an Identifier at (parent, key) is a reference to a binding (not a property key, label…). */
export function isReferenceIdentifier(parent: AnyNode, key: string): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return key !== 'property' || parent.computed;
    case 'ObjectProperty':
    case 'Property':
    case 'ClassProperty':
    case 'ClassPrivateProperty':
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'TSPropertySignature':
      return key !== 'key' || parent.computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    case 'ImportSpecifier':
    case 'ExportSpecifier':
      return key === 'local';
    case 'MetaProperty':
      return false;
    default:
      return true;
  }
}

/**
 * The node without the parentheses it was written with (`(a as T)` -> `a as T`), for reuse in a new
 * position where recast would otherwise print the original parentheses and its own.
 */
export function withoutParens(node: AnyNode): AnyNode {
  if (!node?.extra?.parenthesized) return node;
  const copy = { ...node, extra: { ...node.extra, parenthesized: false } };
  delete copy.loc;
  delete copy.original;
  return copy;
}
