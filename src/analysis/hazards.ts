/**
 * Two ways an index built before a loop can stop describing its collection that a scan of the
 * collection's own name does not see: the loop tests the collection itself (so it may be null or
 * not an Array when the loop starts, narrowed only inside it), and other names that hold the same
 * array (or an object holding it) are changed inside the loop.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, staticPropertyName, unwrap, walk, isReferenceIdentifier, type AnyNode, type NodePath } from './ast';
import { bindingScope, memberRoot, type Scope } from './scope';
import { describe, findMutations, MUTATING_ARRAY_METHODS, outsideAliases, unknownCalls } from './mutation';

/** Identifiers and static member chains, by text (`users`, `this.items`). */
function chainText(node: AnyNode): string | null {
  const n = unwrap(node);
  if (n?.type === 'Identifier' || n?.type === 'ThisExpression') return describe(n);
  if ((n?.type === 'MemberExpression' || n?.type === 'OptionalMemberExpression') && !n.computed && staticPropertyName(n) !== null) {
    return chainText(n.object) === null ? null : describe(n);
  }
  return null;
}

/**
 * Where the loop tests the collection itself (`if (!users) continue`, `users && …`,
 * `users == null`, `Array.isArray(users)`, `users?.…`): the code expects it may be missing or of
 * another kind, and types narrowed at the lookup say nothing about it before the loop. Returns the
 * test in words, or null.
 */
export function collectionTestedIn(region: AnyNode, receiver: AnyNode): string | null {
  const text = chainText(receiver);
  if (text === null) return null;
  const is = (node: AnyNode): boolean => chainText(node) === text;
  let found: string | null = null;
  walk(region, (n) => {
    if (found) return false;
    switch (n.type) {
      case 'UnaryExpression':
        if ((n.operator === '!' || n.operator === 'typeof') && is(n.argument)) found = `${n.operator === '!' ? '!' : 'typeof '}${text}`;
        break;
      case 'BinaryExpression':
        if (['==', '!=', '===', '!==', 'instanceof'].includes(n.operator) && (is(n.left) || is(n.right))) found = `${text} ${n.operator} …`;
        break;
      case 'LogicalExpression':
        if (is(n.left) || is(n.right)) found = `${text} ${n.operator} …`;
        break;
      case 'IfStatement':
      case 'ConditionalExpression':
      case 'WhileStatement':
      case 'DoWhileStatement':
        if (is(n.test)) found = `a test of ${text}`;
        break;
      case 'CallExpression':
        if (['Array.isArray', 'Boolean'].includes(describe(n.callee)) && n.arguments.some(is)) found = `${describe(n.callee)}(${text})`;
        break;
      case 'OptionalMemberExpression':
      case 'OptionalCallExpression':
        if (n.optional && is(n.object ?? n.callee)) found = `${text}?.…`;
        break;
      default:
        break;
    }
    return !found;
  });
  return found;
}

/**
 * Other names for the collection bound to `name` in its scope: `const alias = name`,
 * `alias = name`, the name it was copied from (`const name = source`), and objects or arrays
 * built around it (`const box = { name }`), transitively.
 */
function aliasesOf(j: JSCodeshift, scopePath: NodePath, name: string): { direct: Set<string>; containers: Set<string> } {
  const direct = new Set<string>();
  const containers = new Set<string>();
  const holds = (value: AnyNode, names: Set<string>): 'direct' | 'container' | null => {
    const v = unwrap(value);
    if (v?.type === 'Identifier' && names.has(v.name)) return 'direct';
    if (v?.type === 'ConditionalExpression' || v?.type === 'LogicalExpression') {
      const sides = v.type === 'LogicalExpression' ? [v.left, v.right] : [v.consequent, v.alternate];
      return sides.some((s: AnyNode) => holds(s, names) === 'direct') ? 'direct' : null;
    }
    if (v?.type === 'ObjectExpression' || v?.type === 'ArrayExpression') {
      let inside = false;
      walk(v, (n, parent, key) => {
        if (n.type === 'Identifier' && names.has(n.name) && isReferenceIdentifier(parent, key)) inside = true;
        return !inside && !isFunctionNode(n);
      });
      return inside ? 'container' : null;
    }
    return null;
  };
  for (let grew = true; grew;) {
    grew = false;
    const names = new Set([name, ...direct]);
    const all = new Set([...names, ...containers]);
    walk(scopePath.node, (n) => {
      let target: AnyNode = null;
      let value: AnyNode = null;
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') [target, value] = [n.id.name, n.init];
      else if (n.type === 'AssignmentExpression' && n.operator === '=' && n.left.type === 'Identifier') [target, value] = [n.left.name, n.right];
      // The other direction: `const name = source` makes `source` another name for the same array.
      const source = unwrap(value);
      if (target && names.has(target) && source?.type === 'Identifier' && !names.has(source.name) && source.name !== name) {
        direct.add(source.name);
        grew = true;
      }
      if (!target || target === name || !value) return true;
      const kind = holds(value, names) ?? (holds(value, all) ? 'container' : null);
      const into = kind === 'direct' ? direct : kind === 'container' ? containers : null;
      if (into && !into.has(target)) {
        into.add(target);
        grew = true;
      }
      return true;
    });
  }
  return { direct, containers };
}

/**
 * Changes made inside `region` to the collection bound to the identifier at `receiverPath`
 * through another name (an alias or an object holding it), in words; empty when none.
 */
export function changesThroughAliases(j: JSCodeshift, receiverPath: NodePath, region: NodePath): string[] {
  const receiver = unwrap(receiverPath.node);
  if (receiver?.type !== 'Identifier') return [];
  const scope: Scope | null = bindingScope(receiverPath, receiver.name);
  if (!scope) return [];
  let scopePath: NodePath | null = receiverPath;
  while (scopePath && scopePath.node !== scope.node) scopePath = scopePath.parent;
  if (!scopePath) return [];
  const { direct, containers } = aliasesOf(j, scopePath, receiver.name);
  const found: string[] = [];
  const callsOut = unknownCalls(region.node).length > 0;
  for (const alias of direct) {
    const aliasScope = bindingScope(region, alias);
    for (const m of findMutations(j, region, alias, aliasScope)) {
      found.push(`${m.detail} (${alias} is ${receiver.name})`);
    }
    // A local function that changes the other name, called from the loop.
    if (callsOut) {
      for (const m of outsideAliases(j, region, alias, aliasScope, region).closureMutations) {
        found.push(`${m.detail} (${alias} is ${receiver.name})`);
      }
    }
  }
  const held = new Set([...direct, ...containers]);
  walk(region.node, (n) => {
    const target = n.type === 'AssignmentExpression' ? n.left : n.type === 'UpdateExpression' ? n.argument
      : n.type === 'UnaryExpression' && n.operator === 'delete' ? n.argument : null;
    if (target && target.type !== 'Identifier' && held.has(memberRoot(target) ?? '')) found.push(`${describe(target)} is written (it may hold ${receiver.name})`);
    const callee = (n.type === 'CallExpression' || n.type === 'OptionalCallExpression') ? unwrap(n.callee) : null;
    if (callee && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression')) {
      const method = staticPropertyName(callee);
      if (method !== null && MUTATING_ARRAY_METHODS.has(method) && held.has(memberRoot(callee.object) ?? '')) {
        found.push(`${describe(callee)}(…) may change ${receiver.name}`);
      }
    }
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      for (const arg of n.arguments) {
        const a = unwrap(arg);
        if (a?.type === 'Identifier' && containers.has(a.name)) found.push(`${a.name}, which holds ${receiver.name}, is passed to ${describe(n.callee)}()`);
      }
    }
    return true;
  });
  return [...new Set(found)];
}

/**
 * For a `this.items` collection: a method of the same class or object literal, called as
 * `this.m(…)` inside `region`, that changes `this.items` (push, assignment, element write).
 * Returns the change in words, or null.
 */
export function changedByOwnMethod(receiverPath: NodePath, region: AnyNode): string | null {
  const receiver = unwrap(receiverPath.node);
  const text = chainText(receiver);
  if (text === null || !text.startsWith('this.')) return null;
  const methods = ownMethods(receiverPath);
  if (methods.size === 0) return null;
  const called = new Set<string>();
  walk(region, (n) => {
    const callee = n.type === 'CallExpression' || n.type === 'OptionalCallExpression' ? unwrap(n.callee) : null;
    if (callee && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && unwrap(callee.object)?.type === 'ThisExpression') {
      const name = staticPropertyName(callee);
      if (name !== null) called.add(name);
    }
    return true;
  });
  // Methods calling methods: follow `this.m()` calls to a fixed point.
  const queue = [...called];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const body = methods.get(name);
    if (!body) continue;
    const change = writesChain(body, text);
    if (change) return `this.${name}() changes ${change}`;
    walk(body, (n) => {
      const callee = n.type === 'CallExpression' ? unwrap(n.callee) : null;
      if (callee?.type === 'MemberExpression' && unwrap(callee.object)?.type === 'ThisExpression') {
        const next = staticPropertyName(callee);
        if (next !== null && !called.has(next)) { called.add(next); queue.push(next); }
      }
      return true;
    });
  }
  return null;
}

/** Methods of the class or object literal that `path` is written in, by name. */
function ownMethods(path: NodePath): Map<string, AnyNode> {
  const methods = new Map<string, AnyNode>();
  for (let p: NodePath | null = path.parent; p; p = p.parent) {
    const node = p.node;
    if (node.type === 'ClassBody' || node.type === 'ObjectExpression') {
      for (const member of node.type === 'ClassBody' ? node.body : node.properties) {
        const name = member.key && !member.computed ? (member.key.name ?? member.key.value) : null;
        if (name === undefined || name === null) continue;
        const fn = isFunctionNode(member) ? member : isFunctionNode(member.value) ? member.value : null;
        if (fn) methods.set(String(name), fn);
      }
      return methods;
    }
  }
  return methods;
}

/** Whether `body` changes the member chain `text` (or replaces an object on its way). */
function writesChain(body: AnyNode, text: string): string | null {
  let found: string | null = null;
  const touches = (target: AnyNode): boolean => {
    const t = describe(target);
    return t === text || t.startsWith(`${text}.`) || t.startsWith(`${text}[`) || text.startsWith(`${t}.`);
  };
  walk(body, (n) => {
    if (found) return false;
    const target = n.type === 'AssignmentExpression' ? n.left : n.type === 'UpdateExpression' ? n.argument
      : n.type === 'UnaryExpression' && n.operator === 'delete' ? n.argument : null;
    if (target && touches(target)) found = describe(target);
    const callee = n.type === 'CallExpression' || n.type === 'OptionalCallExpression' ? unwrap(n.callee) : null;
    if (callee && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression')) {
      const method = staticPropertyName(callee);
      if (method !== null && MUTATING_ARRAY_METHODS.has(method) && describe(callee.object) === text) found = text;
    }
    return !found;
  });
  return found;
}

/**
 * In sloppy-mode code a parameter and `arguments[i]` are the same variable: writing `arguments[i]`,
 * or handing `arguments` to other code, may reassign the collection when it is a parameter.
 * Returns the use in words, or null.
 */
export function argumentsMayRebind(receiverPath: NodePath, region: AnyNode): string | null {
  const receiver = unwrap(receiverPath.node);
  if (receiver?.type !== 'Identifier') return null;
  const scope = bindingScope(receiverPath, receiver.name);
  const decl = scope?.getBindings()[receiver.name]?.[0];
  const isParameter = !!decl && isFunctionNode(decl.parent?.node) && decl.parent.node.params.includes(decl.node);
  if (!isParameter) return null;
  let found: string | null = null;
  walk(region, (n, parent, key) => {
    if (found) return false;
    if (n.type === 'Identifier' && n.name === 'arguments' && isReferenceIdentifier(parent, key)) {
      const readOnly = (parent?.type === 'MemberExpression' && key === 'object') ? null : 'arguments is handed to other code';
      found = readOnly;
    }
    if ((n.type === 'AssignmentExpression' || n.type === 'UpdateExpression')) {
      const target = unwrap(n.type === 'AssignmentExpression' ? n.left : n.argument);
      if (target?.type === 'MemberExpression' && unwrap(target.object)?.type === 'Identifier' && unwrap(target.object).name === 'arguments') found = 'arguments[…] is written';
    }
    // Non-arrow functions have their own `arguments`.
    return !found && !(n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ObjectMethod' || n.type === 'ClassMethod');
  });
  return found;
}
