/**
 * Whether an index (a Set or Map built once, looked up k times) pays where it would be built.
 * A rewrite trades one build (cost ~ m) for k lookups that each save a scan (~ m): it pays only
 * past the crossover measured by the k×m sweeps (`src/analysis/lookup-index/thresholds.ts`). This module
 * estimates k (the iteration count of the loops between the index and the lookup, when the code
 * fixes it), says how often the index is rebuilt (once per module load, per call, per element or
 * per visited node), and turns both into a verdict with a reason a reviewer can read.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, staticPropertyName, unwrap, type AnyNode, type NodePath } from './ast';
import { bindingScope, parentKey, readsWrites } from './scope';
import { findMutations, describe } from './mutation';
import { namesRead, type LoopInfo } from './loops';
import { patternNames } from './functions';
import { crossoverAt, minLookupsToPay, minSizeToPay, type IndexForm } from './lookup-index/thresholds';

/** A count fixed by the code, with how it is known (for messages). */
export interface Known {
  count: number;
  /** `['openid', 'offline_access']`, `Object.keys(HANDLERS)`, `i < 8`. */
  from: string;
}

/** How often the index is built: where it lives decides how many lookups share one build. */
export type Rebuild = 'module' | 'call' | 'callback';

export interface CostFacts {
  form: IndexForm;
  /** Lookups per build, when every loop between the build and the lookup has a known count. */
  k: Known | null;
  /** Size of the searched collection, when it is a literal. */
  m: Known | null;
  rebuilt: Rebuild;
  /**
   * Set when the index would be rebuilt on every call of a callback (a visitor's `enter(node)`,
   * a per-element `map` callback the collection depends on) and the loop in front of it walks a
   * part of that callback's own argument (`node.children`): such loops are a few items long.
   */
  perItem?: { callback: string; loopOver: string };
  /** For a `callback` rebuild: the function other code calls (for messages). */
  callback?: string;
}

export type CostVerdict =
  | { pays: true; why: string; k: number | null }
  | { pays: false; reason: string };

const LENGTH_LIMIT = 10_000;

function literalLength(node: AnyNode): number | null {
  const n = unwrap(node);
  if (n?.type !== 'ArrayExpression') return null;
  if (n.elements.some((e: AnyNode) => !e || e.type === 'SpreadElement')) return null;
  return n.elements.length;
}

function objectKeyCount(node: AnyNode): number | null {
  const n = unwrap(node);
  if (n?.type !== 'ObjectExpression') return null;
  const plain = n.properties.every((p: AnyNode) => (p.type === 'ObjectProperty' || p.type === 'Property' || p.type === 'ObjectMethod') && !p.computed);
  if (!plain) return null;
  const keys = new Set(n.properties.map((p: AnyNode) => (p.key.type === 'Identifier' ? p.key.name : String(p.key.value))));
  return keys.size;
}

/**
 * The initializer of a `const` that nothing changes (no push, no index writes, not handed to
 * unknown code that could): `const SCOPES = ['a', 'b']` → the literal.
 */
function constantInit(j: JSCodeshift, path: NodePath, node: AnyNode): AnyNode | null {
  const id = unwrap(node);
  if (id?.type !== 'Identifier') return null;
  const scope = bindingScope(path, id.name);
  const decls = scope?.getBindings()[id.name] ?? [];
  if (!scope || decls.length !== 1) return null;
  const declarator = decls[0].parent;
  const declaration = declarator?.parent;
  if (declarator?.node.type !== 'VariableDeclarator' || declaration?.node.kind !== 'const' || declaration.node.declare) return null;
  let scopePath: NodePath | null = declarator;
  while (scopePath && scopePath.node !== scope.node) scopePath = scopePath.parent;
  if (!scopePath || findMutations(j, scopePath, id.name, scope).length > 0) return null;
  return declarator.node.init ?? null;
}

/** The element count of an array expression when the code fixes it. */
function arrayCount(j: JSCodeshift, path: NodePath, node: AnyNode): Known | null {
  const direct = literalLength(node);
  if (direct !== null) return { count: direct, from: 'an array literal' };
  const init = constantInit(j, path, node);
  const viaConst = init ? literalLength(init) : null;
  if (viaConst !== null) return { count: viaConst, from: describe(node) };
  const n = unwrap(node);
  // Object.keys/values/entries of an object literal (inline or an unchanged const).
  if (n?.type === 'CallExpression' && n.arguments.length === 1 && ['Object.keys', 'Object.values', 'Object.entries'].includes(describe(n.callee))) {
    const arg = n.arguments[0];
    const object = unwrap(arg)?.type === 'ObjectExpression' ? arg : constantInit(j, path, arg);
    const count = object ? objectKeyCount(object) : null;
    if (count !== null) return { count, from: `${describe(n.callee)}(${describe(arg)})` };
  }
  return null;
}

function numberValue(j: JSCodeshift, path: NodePath, node: AnyNode): number | null {
  const n = unwrap(node);
  if (n?.type === 'NumericLiteral' || (n?.type === 'Literal' && typeof n.value === 'number')) return n.value;
  const init = n?.type === 'Identifier' ? constantInit(j, path, n) : null;
  const v = init ? unwrap(init) : null;
  if (v?.type === 'NumericLiteral' || (v?.type === 'Literal' && typeof v?.value === 'number')) return v.value;
  return null;
}

/** `for (let i = 0; i < N; i++)` with N a literal or an unchanged const: N iterations. */
function countedFor(j: JSCodeshift, loop: LoopInfo): Known | null {
  const { init, test, update } = loop.path.node;
  if (init?.type !== 'VariableDeclaration' || init.declarations.length !== 1) return null;
  const decl = init.declarations[0];
  if (decl.id.type !== 'Identifier') return null;
  const start = numberValue(j, loop.path, decl.init);
  const name = decl.id.name;
  if (start === null || test?.type !== 'BinaryExpression' || !['<', '<='].includes(test.operator)) return null;
  if (unwrap(test.left)?.type !== 'Identifier' || unwrap(test.left).name !== name) return null;
  const stepsByOne = (update?.type === 'UpdateExpression' && update.operator === '++' && update.argument.name === name)
    || (update?.type === 'AssignmentExpression' && update.operator === '+=' && update.left.name === name && numberValue(j, loop.path, update.right) === 1);
  if (!stepsByOne) return null;
  // The counter must only move by the update.
  if (readsWrites(loop.path.node.body).writes.has(name)) return null;
  let end: number | null = numberValue(j, loop.path, test.right);
  let from = `${name} ${test.operator} ${describe(test.right)}`;
  const right = unwrap(test.right);
  if (end === null && right?.type === 'MemberExpression' && staticPropertyName(right) === 'length') {
    const known = arrayCount(j, loop.path, right.object);
    if (known) {
      end = known.count;
      from = `${describe(right.object)}.length`;
    }
  }
  if (end === null) return null;
  const count = Math.max(0, Math.floor(end - start) + (test.operator === '<=' ? 1 : 0));
  return { count, from };
}

/** How many times a loop runs its body, when the code fixes it; null when it depends on data. */
export function iterationCount(j: JSCodeshift, loop: LoopInfo): Known | null {
  const node = loop.path.node;
  switch (loop.kind) {
    case 'for-of':
      return arrayCount(j, loop.path, node.right);
    case 'for-in': {
      const object = unwrap(node.right)?.type === 'ObjectExpression' ? node.right : constantInit(j, loop.path, node.right);
      const count = object ? objectKeyCount(object) : null;
      return count === null ? null : { count, from: `the keys of ${describe(node.right)}` };
    }
    case 'for':
      return countedFor(j, loop);
    case 'callback':
      return arrayCount(j, loop.path, loop.path.node.callee.object);
    default:
      return null;
  }
}

/** Lookups per build: the product of the counts of the loops between them (null if any is unknown). */
export function lookupsPerBuild(j: JSCodeshift, loops: LoopInfo[]): Known | null {
  let count = 1;
  const from: string[] = [];
  for (const loop of loops) {
    const known = iterationCount(j, loop);
    if (!known) return null;
    count *= known.count;
    from.push(known.from);
    if (count > LENGTH_LIMIT) break;
  }
  return { count, from: from.join(' × ') };
}

/** Whether the looked-up value changes in one of `loops` (else every iteration looks up the same key). */
export function keyVaries(value: AnyNode, loops: LoopInfo[]): boolean {
  const reads = namesRead(value);
  if (reads.size === 0) return false;
  return loops.some((loop) => {
    const varying = new Set([...loop.boundNames, ...readsWrites(loop.path.node).writes]);
    return [...reads].some((n) => varying.has(n));
  });
}

/** The function whose body holds `path` (null at module level). */
function enclosingFunction(path: NodePath): NodePath | null {
  for (let p: NodePath | null = path.parent; p; p = p.parent) if (isFunctionNode(p.node)) return p;
  return null;
}

/** `walk(tree, (node) => …)`, `{ enter(node) { … } }`: a function other code calls back. Its name for messages. */
function callbackName(fn: NodePath): string | null {
  const parent = fn.parent?.node;
  if (!parent) return null;
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parentKey(fn) === 'arguments') return `the callback given to ${describe(parent.callee)}(…)`;
  if (fn.node.type === 'ObjectMethod') return `${describe(fn.node.key)}(…) of an object literal`;
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parentKey(fn) === 'value') return `${describe(parent.key)}(…) of an object literal`;
  return null;
}

/**
 * How often an index built before `statement` is built, and whether the loop in front of it walks
 * a part of a callback's own argument (`for (const child of node.children)` in a visitor).
 */
export function rebuildOf(statement: NodePath, loop: LoopInfo | null): Pick<CostFacts, 'rebuilt' | 'perItem' | 'callback'> {
  const fn = enclosingFunction(statement);
  if (!fn) return { rebuilt: 'module' };
  const name = callbackName(fn);
  if (!name) return { rebuilt: 'call' };
  const params = new Set<string>(fn.node.params.flatMap(patternNames));
  const over = loop ? iterated(loop) : null;
  const root = over ? rootName(over) : null;
  const perItem = over && root && params.has(root) && unwrap(over).type !== 'Identifier' ? { callback: name, loopOver: iteratedText(over) } : undefined;
  return { rebuilt: 'callback', callback: name, ...(perItem ? { perItem } : {}) };
}

function iterated(loop: LoopInfo): AnyNode | null {
  const node = loop.path.node;
  if (loop.kind === 'for-of' || loop.kind === 'for-in') return node.right;
  if (loop.kind === 'callback') return node.callee.object;
  if (loop.kind === 'for') {
    const right = unwrap(node.test?.right);
    return right?.type === 'MemberExpression' && staticPropertyName(right) === 'length' ? right.object : null;
  }
  return null;
}

/** `node.children`, `Object.keys(node.attributes)`: the loop's collection in words. */
function iteratedText(node: AnyNode): string {
  const n = unwrap(node);
  if (n?.type === 'CallExpression' && n.arguments.length === 1) return `${describe(n.callee)}(${describe(n.arguments[0])})`;
  return describe(n);
}

function rootName(node: AnyNode): string | null {
  let n = unwrap(node);
  // `Object.keys(node.attributes)` walks node.attributes.
  if (n?.type === 'CallExpression' && n.arguments.length === 1 && ['Object.keys', 'Object.values', 'Object.entries'].includes(describe(n.callee))) n = unwrap(n.arguments[0]);
  while (n && (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression' || n.type === 'CallExpression' || n.type === 'OptionalCallExpression')) {
    n = unwrap(n.type.endsWith('CallExpression') ? n.callee : n.object);
  }
  return n?.type === 'Identifier' ? n.name : null;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

const CONTAINER: Record<IndexForm, string> = { membership: 'a Set', keyed: 'a Map' };

/** The verdict: pays (with why, for the Change) or not (with the reason, for `--explain`). */
export function decideCost(facts: CostFacts): CostVerdict {
  const { form, k, m } = facts;
  const index = CONTAINER[form];
  if (k && m) {
    const from = crossoverAt(form, k.count, m.count);
    if (!from.pays) {
      return { pays: false, reason: `${plural(k.count, 'lookup')} (${k.from}) in ${plural(m.count, 'element')}: below the measured crossover ${from.text}, the scans are faster than building ${index}` };
    }
    return { pays: true, k: k.count, why: `${plural(k.count, 'lookup')} (${k.from}) per build in ${plural(m.count, 'element')}: past the measured crossover (${from.text})` };
  }
  if (k) {
    const min = minLookupsToPay(form);
    if (min === null || k.count < min) {
      return { pays: false, reason: `the loop runs ${plural(k.count, 'time')} (${k.from}): with so few lookups per build, building ${index} costs more than the scans it saves (it pays from ${min ?? 'more than 1,000'} lookups per build)` };
    }
    return { pays: true, k: k.count, why: `${plural(k.count, 'lookup')} (${k.from}) per build: past the measured crossover of ${min}` };
  }
  if (m) {
    const min = minSizeToPay(form);
    if (min === null || m.count < min) {
      return { pays: false, reason: `${m.from} has ${plural(m.count, 'element')}: below ${min} a linear scan is faster than building ${index}` };
    }
  }
  if (facts.perItem) {
    return { pays: false, reason: `${index} would be rebuilt on every call of ${facts.perItem.callback}, in front of a loop over ${facts.perItem.loopOver} whose length is not known: for the few items one call usually sees, the build costs more than the scans` };
  }
  if (facts.rebuilt === 'callback' && facts.callback) {
    // Visitors, event handlers, plugin hooks: called once per node or event, each call seeing a
    // few items. The build pays only from many lookups per call, which the code does not show.
    return { pays: false, reason: `${index} would be rebuilt on every call of ${facts.callback}, and the number of lookups per call is not known: it pays only from ${minLookupsToPay(form) ?? 'more than 1,000'} lookups per build` };
  }
  const scope = facts.rebuilt === 'module' ? 'once per module load' : facts.rebuilt === 'call' ? 'once per call' : 'once per callback call';
  return { pays: true, k: null, why: `${index} built ${scope} replaces a scan per lookup (number of lookups not known from the code)` };
}


/** The element count of the searched collection when the code fixes it (a literal, an unchanged const literal). */
export function collectionCount(j: JSCodeshift, path: NodePath): Known | null {
  return arrayCount(j, path, path.node);
}

export interface IndexSite {
  form: IndexForm;
  /** The lookup (the scan that is replaced). */
  lookup: NodePath;
  /** The looked-up value. */
  value: AnyNode;
  /** The outermost loop the index is built before (null: no loop, e.g. a module-level index used from functions). */
  loop: LoopInfo | null;
  /** The statement the index is built before, or the module-level declaration it is built after. */
  buildAt: NodePath;
  moduleLevel: boolean;
  /** The searched collection expression. */
  collection: NodePath;
}

/**
 * The whole cost question for one index: does the key change in the loop at all, how many lookups
 * share one build, how big the collection is, and how often the build runs.
 */
export function indexPays(j: JSCodeshift, site: IndexSite, loops: LoopInfo[]): CostVerdict {
  if (loops.length > 0 && !keyVaries(site.value, loops)) {
    return { pays: false, reason: `the value looked up, ${j(site.value).toSource()}, is the same on every iteration: that is one lookup, not one per item (hoist it out of the loop, or leave it)` };
  }
  const k = site.moduleLevel ? null : lookupsPerBuild(j, loops);
  const m = collectionCount(j, site.collection);
  const rebuild = site.moduleLevel ? { rebuilt: 'module' as const } : rebuildOf(site.buildAt, site.loop);
  return decideCost({ form: site.form, k, m, ...rebuild });
}
