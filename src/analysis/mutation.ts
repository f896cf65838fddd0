/**
 * Mutation and escape of a binding over a region of code: the facts that decide whether an index
 * (Set/Map) built from a collection before a loop still describes it at every use inside the loop.
 */
import * as recast from 'recast';
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, staticPropertyName, unwrap, walk, isReferenceIdentifier, type AnyNode, type NodePath } from './ast';
import { ancestorPath, bindingScope, contains, insideNestedFunction, parentKey, referencesTo, type Scope } from './scope';

/** Array methods that change the array in place. */
export const MUTATING_ARRAY_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/** Array methods that only read the array (they may call a callback, which is analysed where it is written). */
export const READING_ARRAY_METHODS = new Set([
  'at', 'concat', 'entries', 'every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat', 'flatMap',
  'forEach', 'includes', 'indexOf', 'join', 'keys', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'slice', 'some',
  'toLocaleString', 'toReversed', 'toSorted', 'toSpliced', 'toString', 'values', 'with',
]);

/** Callback-taking reading methods: a callback with a third parameter receives the array itself. */
const CALLBACK_METHODS = new Set(['every', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'forEach', 'map', 'reduce', 'reduceRight', 'some']);

/** Global functions known not to mutate their arguments nor call user code (beyond valueOf/toString). */
const HARMLESS_FUNCTIONS = new Set([
  'Array.isArray', 'Array.from', 'Array.of', 'Object.keys', 'Object.values', 'Object.entries', 'Object.freeze', 'JSON.stringify',
  'String', 'Number', 'Boolean', 'BigInt', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'Number.isNaN', 'Number.isFinite',
  'Number.isInteger', 'Math.abs', 'Math.max', 'Math.min', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.trunc', 'Math.sign',
  'Math.sqrt', 'Math.pow', 'Math.random', 'Math.log', 'Math.exp', 'Math.hypot', 'Set', 'Map', 'WeakSet', 'WeakMap', 'Symbol', 'Date',
  'Object.fromEntries', 'Object.getOwnPropertyNames', 'Object.is', 'JSON.parse', 'Number.parseInt', 'Number.parseFloat',
  'String.fromCharCode', 'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI',
  'console.log', 'console.info', 'console.warn', 'console.error', 'console.debug',
]);

/** Methods whose receiver is (almost always) a built-in string, array, Set or Map that only reads. */
const HARMLESS_METHODS = new Set([
  ...READING_ARRAY_METHODS, 'has', 'get', 'charAt', 'charCodeAt', 'codePointAt', 'endsWith', 'startsWith', 'localeCompare',
  'normalize', 'padEnd', 'padStart', 'repeat', 'replace', 'replaceAll', 'split', 'substring', 'substr', 'toLowerCase',
  'toUpperCase', 'trim', 'trimEnd', 'trimStart', 'toFixed', 'valueOf', 'getTime', 'toISOString',
]);

export type MutationKind = 'reassign' | 'method' | 'member-write' | 'escape';

export interface Mutation {
  kind: MutationKind;
  node: AnyNode;
  /** In words, for skip reasons: "b.push(…)", "b is passed to save()". */
  detail: string;
}

/** A short human name for an expression: `a.b.c`, `this.x`, `Object.keys(schema)`, `['a', 'b', …]`: source text. */
export function describe(node: AnyNode): string {
  const n = unwrap(node);
  if (!n) return '?';
  switch (n.type) {
    case 'Identifier': return n.name;
    case 'ThisExpression': return 'this';
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const name = staticPropertyName(n);
      return `${describe(n.object)}${name !== null && !n.computed ? `.${name}` : '[…]'}`;
    }
    default:
      return shortText(sourceOf(n)) ?? fallbackName(n);
  }
}

/** The node's text as written (recast keeps the file's lines on every parsed node), or as printed. */
function sourceOf(n: AnyNode): string {
  const loc = n.loc;
  if (loc?.lines && loc.start && loc.end) {
    try {
      return loc.lines.slice(loc.start, loc.end).toString();
    } catch {
      // fall through to printing
    }
  }
  try {
    return recast.print(n).code;
  } catch {
    return '';
  }
}

const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

/** Text short enough for a message: one line, at most 40 characters (longer ones are cut with …). */
function shortText(text: string): string | null {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  if (!flat) return null;
  if (flat.length <= 40) return flat;
  const closer = CLOSERS[flat[0]];
  const cut = flat.slice(0, 30).replace(/[\s,]+$/, '');
  return closer ? `${cut}, …${closer}` : `${cut}…`;
}

function fallbackName(n: AnyNode): string {
  switch (n.type) {
    case 'CallExpression': case 'OptionalCallExpression': return `${describe(n.callee)}(…)`;
    case 'NewExpression': return `new ${describe(n.callee)}(…)`;
    case 'ArrayExpression': return '[…]';
    default: return 'the expression';
  }
}

/**
 * Classifies one use of a collection (an identifier reference, or a member chain like `this.items`)
 * found at `path`: null when it only reads, else the kind of change or escape it allows.
 */
export function classifyUse(path: NodePath, name: string): Mutation | null {
  const node = path.node;
  let child = path;
  let parent = path.parent;
  // Look through TS wrappers and parentheses: `(b as T[]).push(x)` mutates b.
  while (parent && ['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'ParenthesizedExpression'].includes(parent.node.type)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return null;
  const p = parent.node;
  const key = parentKey(child);
  // The declaration itself (a parameter, a function or class name, a catch binding) is not a use.
  if ((isFunctionNode(p) && (key === 'params' || key === 'id')) || p.type === 'CatchClause'
    || ((p.type === 'ClassDeclaration' || p.type === 'ClassExpression') && key === 'id')) {
    return null;
  }
  switch (p.type) {
    case 'AssignmentExpression':
      return key === 'left' ? { kind: 'reassign', node: p, detail: `${name} is reassigned` } : { kind: 'escape', node: p, detail: `${name} is stored elsewhere` };
    case 'UpdateExpression':
      return { kind: 'reassign', node: p, detail: `${name} is reassigned` };
    case 'ForOfStatement':
    case 'ForInStatement':
      return key === 'left' ? { kind: 'reassign', node: p, detail: `${name} is reassigned by a loop` } : null;
    case 'ArrayPattern':
    case 'ObjectPattern':
    case 'RestElement':
    case 'AssignmentPattern':
    case 'ObjectProperty':
      if (p.type === 'ObjectProperty' && parent.parent?.node.type === 'ObjectExpression') {
        return { kind: 'escape', node: p, detail: `${name} is stored in an object` };
      }
      if (p.type === 'AssignmentPattern' && key === 'right') return { kind: 'escape', node: p, detail: `${name} is aliased` };
      return { kind: 'reassign', node: p, detail: `${name} is a destructuring target` };
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      if (key !== 'object') return null; // used as a computed key: a read
      return classifyMemberUse(parent, name);
    }
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression': {
      if (key === 'callee') return { kind: 'escape', node: p, detail: `${name} is called` };
      const callee = describe(p.callee);
      if (HARMLESS_FUNCTIONS.has(callee)) return null;
      return { kind: 'escape', node: p, detail: `${name} is passed to ${callee}()` };
    }
    case 'SpreadElement':
      // `[...b]`, `f(...b)`: the elements are copied out; the array itself is not reachable.
      return null;
    case 'BinaryExpression':
    case 'IfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'SwitchStatement':
    case 'SwitchCase':
    case 'TemplateLiteral':
    case 'ExpressionStatement':
    case 'AwaitExpression':
    case 'TSNonNullExpression':
      return null;
    case 'ConditionalExpression':
      return key === 'test' ? null : { kind: 'escape', node: p, detail: `${name} flows out of a conditional expression` };
    case 'LogicalExpression':
      return { kind: 'escape', node: p, detail: `${name} flows out of a logical expression` };
    case 'UnaryExpression':
      return p.operator === 'delete' ? { kind: 'member-write', node: p, detail: `delete on ${name}` } : null;
    case 'VariableDeclarator':
      return key === 'init' ? { kind: 'escape', node: p, detail: `${name} is aliased by ${describe(p.id)}` } : null;
    default:
      return { kind: 'escape', node: p, detail: `${name} escapes (in ${describe(p)})` };
  }
  void node;
}

function classifyMemberUse(memberPath: NodePath, name: string): Mutation | null {
  const member = memberPath.node;
  const property = staticPropertyName(member);
  let up = memberPath.parent;
  const key = parentKey(memberPath);
  const upNode = up?.node;
  if (!upNode) return null;
  // b.push(x), b.sort()
  if ((upNode.type === 'CallExpression' || upNode.type === 'OptionalCallExpression') && key === 'callee') {
    if (property !== null && MUTATING_ARRAY_METHODS.has(property)) return { kind: 'method', node: upNode, detail: `${name}.${property}(…) changes ${name}` };
    if (property !== null && READING_ARRAY_METHODS.has(property)) {
      if (CALLBACK_METHODS.has(property)) {
        const callback = upNode.arguments[0];
        if (callback && isFunctionNode(callback) && callback.params.length >= 3) {
          return { kind: 'escape', node: upNode, detail: `${name}.${property}(…) hands ${name} to its callback` };
        }
        if (callback && !isFunctionNode(callback)) {
          return { kind: 'escape', node: upNode, detail: `${name}.${property}(${describe(callback)}) hands ${name} to unknown code` };
        }
      }
      return null;
    }
    return { kind: 'escape', node: upNode, detail: `${name}.${property ?? '[…]'}(…) is not a known reading method` };
  }
  // b.length = 0, b[0] = x, b.x++ , delete b[0]
  if ((upNode.type === 'AssignmentExpression' && key === 'left') || upNode.type === 'UpdateExpression'
    || (upNode.type === 'UnaryExpression' && upNode.operator === 'delete')) {
    return { kind: 'member-write', node: upNode, detail: `${name}${property !== null && !member.computed ? `.${property}` : '[…]'} is written` };
  }
  // Destructuring into a member: `[b[0]] = …`
  if (upNode.type === 'ArrayPattern' || (upNode.type === 'ObjectProperty' && up?.parent?.node.type === 'ObjectPattern') || upNode.type === 'RestElement') {
    return { kind: 'member-write', node: upNode, detail: `${name}[…] is a destructuring target` };
  }
  void up;
  return null;
}

/** Mutations and escapes of the binding `name` (declared in `scope`) inside `region`. */
export function findMutations(j: JSCodeshift, region: NodePath, name: string, scope: Scope | null): Mutation[] {
  const found: Mutation[] = [];
  for (const ref of referencesTo(j, region, name, scope)) {
    const use = classifyUse(ref, name);
    if (use) found.push(use);
  }
  return found;
}

/** Calls in `region` that may run code we cannot see (user functions, unknown methods), by name. */
export function unknownCalls(region: AnyNode): string[] {
  const calls: string[] = [];
  walk(region, (n) => {
    if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression' || n.type === 'NewExpression' || n.type === 'TaggedTemplateExpression') {
      const name = describe(n.type === 'TaggedTemplateExpression' ? n.tag : n.callee);
      if (!isHarmlessCall(n) && !calls.includes(`${name}()`)) calls.push(`${name}()`);
    }
    return true;
  });
  return calls;
}

/**
 * Whether a call (or `new`, or tagged template) is known to run no code we cannot see: a harmless
 * global (`Math.max`, `console.log`), a reading method of a built-in, or an array method that
 * changes only its receiver.
 */
export function isHarmlessCall(node: AnyNode): boolean {
  const callee = node.type === 'TaggedTemplateExpression' ? node.tag : unwrap(node.callee);
  const method = (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') ? staticPropertyName(callee) : null;
  return HARMLESS_FUNCTIONS.has(describe(callee)) || (method !== null && (HARMLESS_METHODS.has(method) || MUTATING_ARRAY_METHODS.has(method)));
}

/** Writes to a property named in `keys` on any object inside `region` (and computed writes, which may be any key). */
export function findKeyWrites(region: AnyNode, keys: readonly string[]): Mutation[] {
  const found: Mutation[] = [];
  const check = (target: AnyNode, node: AnyNode): void => {
    walk(target, (n) => {
      if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') {
        const prop = staticPropertyName(n);
        if (prop === null || keys.includes(prop)) {
          found.push({ kind: 'member-write', node, detail: `${describe(n)} is written` });
        }
        return false;
      }
      return true;
    });
  };
  walk(region, (n) => {
    if (n.type === 'AssignmentExpression') check(n.left, n);
    else if (n.type === 'UpdateExpression') check(n.argument, n);
    else if (n.type === 'UnaryExpression' && n.operator === 'delete') check(n.argument, n);
    else if ((n.type === 'CallExpression') && ['Object.assign', 'Object.defineProperty', 'Reflect.set', 'Reflect.deleteProperty'].includes(describe(n.callee))) {
      found.push({ kind: 'member-write', node: n, detail: `${describe(n.callee)}() may write any key` });
    }
    return true;
  });
  return found;
}

export interface Stability {
  /** Definite changes or escapes inside the region: the index would go stale. */
  mutations: Mutation[];
  /** What must hold for the index to stay valid, in words (empty = proven). */
  assumptions: string[];
}

/**
 * Whether the collection named by `receiver` (an identifier, or a member chain like `this.users`)
 * keeps its contents across `region`. Looks for writes in the region, writes from closures the
 * region may call, and outside aliases that unknown calls in the region could change.
 */
export function collectionStability(j: JSCodeshift, receiverPath: NodePath, region: NodePath): Stability {
  const receiver = unwrap(receiverPath.node);
  const calls = unknownCalls(region.node);
  if (receiver.type === 'Identifier') {
    const name = receiver.name;
    const scope = bindingScope(receiverPath, name);
    const mutations = findMutations(j, region, name, scope);
    const assumptions: string[] = [];
    if (calls.length > 0) {
      const outside = outsideAliases(j, receiverPath, name, scope, region);
      // A change written in a function the loop may call is a definite risk, not an assumption.
      mutations.push(...outside.closureMutations);
      if (outside.reasons.length > 0) {
        assumptions.push(`the calls made inside the loop (${calls.slice(0, 3).join(', ')}${calls.length > 3 ? ', …' : ''}) do not modify ${name} (${outside.reasons.join('; ')})`);
      }
    }
    return { mutations, assumptions };
  }
  // A member chain (`this.users`, `state.items`): writes to the same chain inside the region are
  // definite; anything reachable from elsewhere is an assumption.
  const text = describe(receiver);
  const mutations = chainChanges(region.node, text, receiver);
  if (calls.length > 0) mutations.push(...chainChangesInClosures(region, text));
  const assumptions = [`${text} is not reassigned or changed elsewhere while the loop runs${calls.length ? ` (including by ${calls.slice(0, 3).join(', ')})` : ''}`];
  return { mutations, assumptions };
}

/** Writes, mutating calls and hand-offs of the member chain `text` (`this.items`) inside `node`. */
function chainChanges(node: AnyNode, text: string, receiver: AnyNode): Mutation[] {
  const mutations: Mutation[] = [];
  walk(node, (n) => {
    if (n === receiver) return false;
    const target = n.type === 'AssignmentExpression' ? n.left : n.type === 'UpdateExpression' ? n.argument
      : n.type === 'UnaryExpression' && n.operator === 'delete' ? n.argument : null;
    if (target && (describe(target) === text || describe(target).startsWith(`${text}.`) || describe(target).startsWith(`${text}[`) || text.startsWith(`${describe(target)}.`))) {
      mutations.push({ kind: 'reassign', node: n, detail: `${text} is written` });
    }
    // Handed to other code (`save(this.items)`): it may change it, as for a local passed to a call.
    if ((n.type === 'CallExpression' || n.type === 'OptionalCallExpression' || n.type === 'NewExpression') && !HARMLESS_FUNCTIONS.has(describe(n.callee))) {
      if (n.arguments.some((arg: AnyNode) => describe(arg) === text)) mutations.push({ kind: 'escape', node: n, detail: `${text} is passed to ${describe(n.callee)}()` });
    }
    const m = (n.type === 'CallExpression' && (n.callee.type === 'MemberExpression' || n.callee.type === 'OptionalMemberExpression')) ? n.callee : null;
    if (m && describe(m.object) === text) {
      const method = staticPropertyName(m);
      if (method === null || !READING_ARRAY_METHODS.has(method)) mutations.push({ kind: 'method', node: n, detail: `${text}.${method ?? '[…]'}(…) may change ${text}` });
    }
    return true;
  });
  return mutations;
}

/**
 * Changes to the member chain written in functions declared next to the loop (in the function that
 * holds it) that the loop may call: `const reset = () => { this.items = []; }`. For `this.…` only
 * arrow functions share the loop's `this`.
 */
function chainChangesInClosures(region: NodePath, text: string): Mutation[] {
  let holder: NodePath | null = region.parent;
  while (holder && !(isFunctionNode(holder.node) && holder.node.type !== 'ArrowFunctionExpression')) holder = holder.parent;
  if (!holder) return [];
  const viaThis = text.startsWith('this.');
  const found: Mutation[] = [];
  walk(holder.node.body, (n) => {
    if (n === region.node) return false;
    if (isFunctionNode(n)) {
      if (viaThis && n.type !== 'ArrowFunctionExpression') return false;
      for (const m of chainChanges(n.body, text, null)) found.push({ ...m, detail: `${m.detail} inside a function that the loop may call` });
      return false;
    }
    return true;
  });
  return found;
}

/**
 * Ways code outside `region` can reach the binding's array (`reasons`: it is a parameter, exported,
 * global, stored or passed somewhere) and changes to it written inside functions in its scope
 * (`closureMutations`). Both empty when the binding is a local whose every use is visible and harmless.
 */
export function outsideAliases(j: JSCodeshift, refPath: NodePath, name: string, scope: Scope | null, region: NodePath): { reasons: string[]; closureMutations: Mutation[] } {
  if (!scope) return { reasons: [`${name} is a global`], closureMutations: [] };
  const reasons: string[] = [];
  const closureMutations: Mutation[] = [];
  const bindings = scope.getBindings()[name] ?? [];
  for (const decl of bindings) {
    const declarator = decl.parent?.node;
    if (declarator?.type === 'VariableDeclarator' && declarator.id === decl.node) {
      const init = unwrap(declarator.init);
      if (!init || !isFreshValue(init)) reasons.push(`${name} is not a fresh local value`);
      const exportDecl = decl.parent?.parent?.parent?.node;
      if (exportDecl?.type === 'ExportNamedDeclaration') reasons.push(`${name} is exported`);
    } else if (isFunctionNode(declarator) || declarator?.type === 'AssignmentPattern') {
      reasons.push(`${name} is a parameter: the caller holds it too`);
    } else {
      reasons.push(`${name} comes from a declaration whose value other code may hold`);
    }
  }
  if (bindings.length === 0) reasons.push(`${name} is declared elsewhere`);
  const scopeNode = scope.node;
  const scopePath = ancestorPath(region, scopeNode);
  if (scopePath) {
    for (const ref of referencesTo(j, scopePath, name, scope)) {
      if (contains(region.node, ref.node)) continue;
      const use = classifyUse(ref, name);
      if (!use) continue;
      if (use.kind === 'escape') reasons.push(use.detail);
      else if (insideNestedFunction(ref, scopeNode)) closureMutations.push({ ...use, detail: `${use.detail} inside a function that the loop may call` });
    }
  }
  return { reasons: [...new Set(reasons)], closureMutations };
}

/** Values that no other code can hold yet: literals, `new X()`, copies made by array methods. */
function isFreshValue(init: AnyNode): boolean {
  if (['ArrayExpression', 'ObjectExpression', 'NewExpression', 'StringLiteral', 'NumericLiteral', 'TemplateLiteral'].includes(init.type)) return true;
  if (init.type === 'CallExpression') {
    const callee = describe(init.callee);
    if (['Array.from', 'Array.of', 'Object.keys', 'Object.values', 'Object.entries'].includes(callee)) return true;
    const member = unwrap(init.callee);
    const method = (member.type === 'MemberExpression') ? staticPropertyName(member) : null;
    return method !== null && ['map', 'filter', 'slice', 'concat', 'flat', 'flatMap', 'split', 'toSorted', 'toReversed'].includes(method);
  }
  return false;
}


export { isReferenceIdentifier };
