/**
 * Code that runs without a call in sight: a getter behind a property read, a setter behind a
 * property write, `valueOf`/`toString` behind `x + k` or a template literal. Such code can change a
 * collection while an index of it is in use, so it counts as an unknown call: a rewrite is `safe`
 * only when the types show plain data (ts-morph sees accessors), otherwise the assumption is stated.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, unwrap, walk, type AnyNode, type NodePath } from './ast';
import { bindingScope, contains, referencesTo } from './scope';
import type { TypeOracle } from './types/oracle';

const COERCING = new Set(['+', '-', '*', '/', '%', '**', '<', '>', '<=', '>=', '|', '&', '^', '<<', '>>', '>>>']);
const PRIMITIVE_TYPE = /^(string|number|boolean|bigint|symbol|null|undefined|true|false|"[^"]*"|'[^']*'|-?\d[\d.e+-]*n?)( \| (string|number|boolean|bigint|symbol|null|undefined|true|false|"[^"]*"|'[^']*'|-?\d[\d.e+-]*n?))*$/;

function isMember(n: AnyNode): boolean {
  return n?.type === 'MemberExpression' || n?.type === 'OptionalMemberExpression';
}

/**
 * The expressions in `region` that may run hidden code, as source text. With types: reads of
 * getters, writes of setters, and arithmetic or template coercions of objects. Without types, every
 * property read and every coercion of a non-literal may.
 */
export function hiddenCalls(region: AnyNode, oracle: TypeOracle | null, text: (n: AnyNode) => string, ignore: (n: AnyNode) => boolean = () => false): string[] {
  const found: string[] = [];
  const facts = (n: AnyNode) => (oracle && typeof n?.start === 'number' ? oracle.factsAt(n.start, n.end) : null);
  const mayBeObject = (node: AnyNode): boolean => {
    const n = unwrap(node);
    // A call's own effects are judged as a call (unknownCalls); literals and operators give primitives.
    if (!n || /Literal$/.test(n.type) || ['UnaryExpression', 'BinaryExpression', 'UpdateExpression', 'CallExpression', 'OptionalCallExpression'].includes(n.type)) return false;
    if (!oracle) return true;
    const f = facts(n);
    return !f || f.kind === 'unknown' || !PRIMITIVE_TYPE.test(f.text);
  };
  walk(region, (n, parent, key) => {
    if (ignore(n)) return false;
    if (isMember(n)) {
      const called = (parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && key === 'callee';
      const written = parent?.type === 'AssignmentExpression' && key === 'left';
      if (written) {
        if (!oracle || facts(n)?.setter || !facts(n)) found.push(text(n));
      } else if (!called) {
        const f = facts(n);
        if (oracle ? f?.accessor || (!f && !oracle) : n.property?.name !== 'length') found.push(text(n));
      }
    }
    if (n.type === 'BinaryExpression' && COERCING.has(n.operator)) {
      for (const side of [n.left, n.right]) if (mayBeObject(side) && !isMember(unwrap(side))) found.push(`${text(side)} (in ${n.operator})`);
    }
    if (n.type === 'TemplateLiteral' && parent?.type !== 'TaggedTemplateExpression') {
      for (const e of n.expressions) if (mayBeObject(e) && !isMember(unwrap(e))) found.push(`${text(e)} (in a template literal)`);
    }
    return true;
  });
  return [...new Set(found)];
}

/**
 * Whether code outside `region` may hold the collection: a parameter, a property, an exported or
 * closed-over binding. Hidden code can only change a collection it can reach.
 */
export function reachableFromOtherCode(j: JSCodeshift, receiverPath: NodePath, region: NodePath): boolean {
  const node = receiverPath.node;
  if (node.type !== 'Identifier') return true;
  const scope = bindingScope(receiverPath, node.name);
  if (!scope) return true;
  const decl = scope.getBindings()[node.name]?.[0];
  if (!decl) return true;
  const declarator = decl.parent?.node;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id !== decl.node) return true; // a parameter, a catch binding, an import
  const declaration = decl.parent?.parent;
  if (declaration?.parent?.node.type === 'ExportNamedDeclaration') return true;
  let scopePath: NodePath | null = decl;
  while (scopePath && scopePath.node !== scope.node) scopePath = scopePath.parent;
  if (!scopePath) return true;
  return referencesTo(j, scopePath, node.name, scope).some((ref) => {
    if (contains(region.node, ref.node)) return false;
    for (let p: NodePath | null = ref.parent; p && p.node !== scope.node; p = p.parent) {
      if (isFunctionNode(p.node)) return true;
      if (p.node.type === 'ExportSpecifier' || p.node.type === 'ExportDefaultDeclaration') return true;
    }
    return false;
  });
}

/**
 * The assumption to state when hidden code in `region` could change the collection at
 * `receiverPath` (null when none could: nothing runs unseen, or nothing else can reach it).
 */
export function hiddenCallAssumption(
  j: JSCodeshift, oracle: TypeOracle | null, receiverPath: NodePath, region: NodePath, text: (n: AnyNode) => string, name: string,
): string | null {
  if (!reachableFromOtherCode(j, receiverPath, region)) return null;
  const receiver = receiverPath.node;
  // Reads of the collection itself (`ys.length`, `ys[i]`) run no user code on an Array.
  const own = (n: AnyNode): boolean => isMember(n) && text(n.object) === text(receiver);
  const calls = hiddenCalls(region.node, oracle, text, own);
  if (calls.length === 0) return null;
  const listed = calls.slice(0, 3).join(', ') + (calls.length > 3 ? ', …' : '');
  return `no getter, setter or valueOf/toString run by ${listed} changes ${name} while the index is in use`;
}
