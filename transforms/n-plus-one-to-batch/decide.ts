/**
 * Whether a per-item read in a loop can become one batched query before the loop, and on what it
 * rests. The reads move before the loop, so: nothing in the loop may change what they read (no
 * writes, no unknown code), keys must be known before the loop (from the item, never from an
 * earlier iteration), and the loop must run its items right there, in order.
 */
import {
  collectionEvidence, describe, enclosingLoop, findKeyWrites, findMutations, bindingScope, isFunctionNode, isHarmlessCall,
  isReferenceIdentifier, isSideEffectFree, memberRoot, namesRead, parentKey, readsWrites, unwrap, walk, type AnyNode, type LoopInfo, type NodePath,
} from '../../src/analysis';
import type { Decision, TransformContext } from '../../src/engine/types';
import { text, type BatchRead } from './read';

export interface LoopSite {
  /** The loop statement (for…of) or the `items.map(…)` call inside `Promise.all`. */
  loop: LoopInfo;
  kind: 'for-of' | 'promise-all';
  /** The collection iterated. */
  items: NodePath;
  /** The per-item binding as written (`p`, `{ authorId }`). */
  pattern: AnyNode;
}

export interface Plan {
  read: BatchRead;
  site: LoopSite;
  /** The `await …` expression that is replaced by the index lookup. */
  awaited: NodePath;
  decision: Decision;
  /** The conditions the read runs under, as source text: only the items that pass give keys. */
  filter?: string;
}

export type Verdict = { plan: Plan } | { skip: string } | null;

/** The loop a read runs in once per item, when it is one perfmod batches; a reason when it is another loop. */
export function loopSite(awaited: NodePath): LoopSite | { skip: string } | null {
  const loop = enclosingLoop(awaited);
  if (!loop) return null;
  if (loop.kind === 'for-of') {
    const left = loop.path.node.left;
    if (left.type !== 'VariableDeclaration' || left.declarations.length !== 1 || left.kind === 'var') {
      return { skip: 'the for…of loop assigns an outer variable: perfmod batches loops that declare their item (const or let)' };
    }
    return { loop, kind: 'for-of', items: loop.path.get('right'), pattern: left.declarations[0].id };
  }
  if (loop.kind === 'callback' && loop.method === 'map') {
    const fn = loop.body.node;
    const all = loop.path.parent;
    const isPromiseAll = all?.node.type === 'CallExpression' && describe(all.node.callee) === 'Promise.all' && all.node.arguments[0] === loop.path.node;
    if (isPromiseAll && fn.async && fn.params.length >= 1) {
      return { loop, kind: 'promise-all', items: loop.path.get('callee', 'object'), pattern: fn.params[0] };
    }
  }
  const what = loop.kind === 'callback' ? `${loop.method}(…) callback` : `${loop.kind} loop`;
  return { skip: `the read runs in a ${what}: perfmod batches for…of loops and Promise.all(items.map(async …))` };
}

export function decideRead(ctx: TransformContext, read: BatchRead, awaited: NodePath, site: LoopSite): Verdict {
  const { j } = ctx;
  const { loop } = site;
  const name = `${text(ctx, read.call.node.callee ?? read.call.node).replace(/\s*\n\s*/g, '').replace(/\s+/g, ' ')}(…)`;
  const assumptions = [...read.assumptions];

  if (site.kind === 'promise-all' && read.orm === 'prisma' && read.unique) {
    return { skip: `Prisma already batches ${read.single} calls made in the same tick (Promise.all) into one query` };
  }
  if (site.kind === 'promise-all' && read.orm === 'dataloader') {
    return { skip: 'DataLoader already batches the loads made in the same tick (Promise.all) into one batch' };
  }

  // Where the read sits in the body: always reached, not inside try/catch.
  const position = positionInBody(awaited, loop.body.node);
  if (position.tryBlock) return { skip: `${name} is inside try/catch in the loop: an error of the batched query would be thrown outside it` };
  if (position.conditional) {
    return { skip: `${name} runs only for some items (${position.conditional}): keys of the other items may not be valid keys` };
  }

  // The items: read once more before the loop, so they must be a plain collection nothing changes.
  const items = unwrap(site.items.node);
  if (!isSideEffectFree(items) || (items.type !== 'Identifier' && items.type !== 'MemberExpression' && items.type !== 'ThisExpression')) {
    return { skip: `the loop iterates over ${describe(items)}, which perfmod cannot read twice (the keys are collected first)` };
  }
  const itemsRoot = memberRoot(items) ?? (items.type === 'Identifier' ? items.name : null);
  const bodyFacts = readsWrites(loop.body.node);
  if (itemsRoot && (bodyFacts.writes.has(itemsRoot) || bodyFacts.memberWrites.has(itemsRoot))) {
    return { skip: `the loop changes ${describe(items)} while it iterates over it` };
  }
  if (items.type === 'Identifier') {
    const changed = findMutations(j, loop.body, items.name, bindingScope(site.items, items.name)).filter((m) => m.kind !== 'escape');
    if (changed.length > 0) return { skip: `the loop changes ${items.name} while it iterates over it (${changed[0].detail})` };
  }
  const evidence = collectionEvidence(ctx, site.items);
  if (evidence.kind !== 'array' && evidence.kind !== 'unknown') {
    return { skip: `${describe(items)} is not an Array (${evidence.reason}): iterating it twice may not give the same items` };
  }
  if (evidence.kind !== 'array' || !evidence.strong) {
    assumptions.push(`${describe(items)} is an Array (it is now read twice: once for the keys, once by the loop)`);
  }

  // The key: from the item (or loop-invariant values), never from the body's own results.
  const keyNode = read.key.node;
  const perItem = new Set(site.pattern ? patternNamesOf(site.pattern) : []);
  const keyNames = namesRead(keyNode);
  const loopFacts = readsWrites(loop.path.node);
  for (const n of keyNames) {
    if (perItem.has(n)) {
      if (bodyFacts.writes.has(n)) return { skip: `the key ${text(ctx, keyNode)} reads ${n}, which the loop reassigns` };
      continue;
    }
    if (declaredInside(read.key, n, loop.body.node)) {
      return { skip: `the key ${text(ctx, keyNode)} reads ${n}, computed in the loop body (perhaps from an earlier read): it is not known before the loop` };
    }
    if (loopFacts.writes.has(n) || loopFacts.memberWrites.has(n)) {
      return { skip: `the key ${text(ctx, keyNode)}${text(ctx, keyNode) === n ? '' : ` reads ${n}, which`} changes in the loop: it may depend on an earlier iteration` };
    }
  }
  if (![...keyNames].some((n) => perItem.has(n))) {
    return { skip: `the key ${text(ctx, keyNode)} does not come from the loop's item` };
  }
  const keyProps = propertiesRead(keyNode);
  const written = findKeyWrites(loop.body.node, keyProps).filter((w) => mayWriteAnItem(w.node, loop.body, perItem));
  if (written.length > 0) return { skip: `the key ${text(ctx, keyNode)} may change in the loop (${written[0].detail})` };
  if (!isSideEffectFree(site.pattern)) return { skip: "the loop's item pattern has defaults with side effects" };
  if (keyProps.length > 0 || unwrap(keyNode).type !== 'Identifier') {
    const typed = keyTypeProven(ctx, keyNode);
    if (!typed) assumptions.push(`every item is an object whose key ${text(ctx, keyNode)} can be read (keys are now collected before the loop)`);
  }

  // Everything of the read but its key (the model, the options) now runs once, before the loop.
  for (const n of namesOutsideKey(read.call.node, keyNode)) {
    if (perItem.has(n) || declaredInside(read.call, n, loop.body.node)) {
      return { skip: `${name} also uses ${n} outside its key: the batched query, sent before the loop, cannot` };
    }
    if (loopFacts.writes.has(n) || loopFacts.memberWrites.has(n)) {
      return { skip: `${name} uses ${n}, which the loop changes: the batched query would see its value from before the loop` };
    }
  }

  // Conditions: evaluated before the loop to pick the items whose keys are queried, so they must
  // give there what they give in the loop.
  for (const guard of position.guards) {
    const problem = guardProblem(ctx, guard.test, read.key, loop, perItem);
    if (problem) return { skip: `${name} runs only for some items, under ${text(ctx, guard.test)}, which ${problem}: its keys cannot be picked before the loop` };
  }

  // Effects: nothing in the loop may write, or run code that may write, what a later read reads.
  const other = otherCalls(loop.body.node, site.kind === 'promise-all' ? [] : [], read);
  if (other.length > 0) {
    const call = other[0];
    const sameClient = sharesRoot(call.callee, read);
    return {
      skip: sameClient
        ? `the loop also calls ${describe(call.callee)}(…) on the same client: a later read could see its write`
        : `the loop calls ${describe(call.callee)}(…), code perfmod cannot see, which may write what a later read returns`,
    };
  }
  if (containsYield(loop.body.node)) {
    return { skip: 'the loop yields: the code consuming it runs between items and may write what a later read returns' };
  }
  const argsPure = isSideEffectFree(read.call.node.arguments ?? []) && (read.call.node.callee ? calleePure(read.call.node.callee) : true);
  if (!argsPure) return { skip: `${name} has arguments with side effects` };

  // Assumptions from the context.
  if (site.kind === 'for-of' && exitsEarly(loop.body.node)) {
    assumptions.push('the loop may stop before its last item: rows are now fetched for every item (a cost, not a difference in results)');
  }
  const transaction = insideTransaction(awaited);
  if (transaction) {
    assumptions.push(`the reads run inside ${transaction}: they now happen together before the loop, which the transaction's isolation is assumed to allow`);
  }
  if (site.kind === 'promise-all') {
    assumptions.push('the callbacks no longer wait for their own query, so their effects after the read may interleave in another order (they had no fixed order before either)');
  }
  const use = read.orm === 'dataloader' ? 'private' : resultUse(j, awaited);
  if (typeof use === 'object') {
    return { skip: `the loop changes the row it read (${use.changed}): items with the same key would now share one row and see each other's changes` };
  }
  if (use === 'shared') {
    assumptions.push(read.collect === 'group'
      ? 'items with the same key now get the same array of rows (not a fresh one each): the code does not change those arrays or rows, or compare them by identity'
      : 'items with the same key now get the same row object (not a fresh copy each): the code does not change rows or compare them by identity');
  }
  if (read.unique && read.typedKeys === undefined && !read.stringKeys && read.orm !== 'dataloader') {
    // findByPk: the ORM compares the key with the column's type; the index compares with ===.
    assumptions.push('keys have the same JavaScript type as the primary key values (the index compares with ===)');
  }
  if (read.typedKeys && !keyTypeProven(ctx, keyNode)) {
    assumptions.push(`the key ${text(ctx, keyNode)} is never null or undefined (Prisma reads a missing filter value as "no filter")`);
  }
  const proven = read.unique && assumptions.length === 0;
  const decision: Decision = proven ? { kind: 'safe' } : { kind: 'review', assumptions: dedupe(assumptions) };
  const guards = position.guards.map((g) => {
    // `if (!x) continue;` keeps the items where x is truthy: filter by x itself.
    if (g.negate && g.test.type === 'UnaryExpression' && g.test.operator === '!') g = { test: g.test.argument, negate: false };
    const t = text(ctx, g.test);
    const simple = /^[\w$.!]+$/.test(t);
    return g.negate ? `!${simple ? t : `(${t})`}` : simple || position.guards.length === 1 ? t : `(${t})`;
  });
  return { plan: { read, site, awaited, decision, filter: guards.length > 0 ? guards.join(' && ') : undefined } };
}

function containsYield(body: AnyNode): boolean {
  let found = false;
  walk(body, (n) => {
    if (found || (isFunctionNode(n) && n !== body)) return false;
    if (n.type === 'YieldExpression') found = true;
    return !found;
  });
  return found;
}

/** Identifier names a read uses outside its key expression. */
function namesOutsideKey(call: AnyNode, key: AnyNode): Set<string> {
  const names = new Set<string>();
  walk(call, (n, parent, k) => {
    if (n === key) return false;
    if (n.type === 'Identifier' && isReferenceIdentifier(parent, k)) names.add(n.name);
    return true;
  });
  return names;
}

/** Why a condition cannot be evaluated before the loop (null when it can). */
function guardProblem(ctx: TransformContext, test: AnyNode, at: NodePath, loop: LoopInfo, perItem: Set<string>): string | null {
  if (!isSideEffectFree(test)) return 'has side effects';
  const loopFacts = readsWrites(loop.path.node);
  const names = namesRead(test);
  for (const n of names) {
    if (perItem.has(n)) {
      if (readsWrites(loop.body.node).writes.has(n)) return `reads ${n}, which the loop reassigns`;
      continue;
    }
    if (declaredInside(at, n, loop.body.node)) return `reads ${n}, computed in the loop body`;
    if (loopFacts.writes.has(n) || loopFacts.memberWrites.has(n)) return `reads ${n}, which the loop changes`;
  }
  if (![...names].some((n) => perItem.has(n))) return 'does not depend on the item';
  const written = findKeyWrites(loop.body.node, propertiesRead(test)).filter((w) => mayWriteAnItem(w.node, loop.body, perItem));
  if (written.length > 0) return `may change in the loop (${written[0].detail})`;
  void ctx;
  return null;
}

/**
 * Whether a write found in the body may land on an item: its target is reached from a per-item
 * name, or from a variable that is not a fresh object or array made in this function.
 */
function mayWriteAnItem(write: AnyNode, body: NodePath, perItem: Set<string>): boolean {
  const target = write.type === 'AssignmentExpression' ? write.left : write.argument ?? null;
  const root = target ? memberRoot(target) : null;
  if (!root || root === 'this' || perItem.has(root)) return true;
  const scope = bindingScope(body, root);
  const declarator = scope?.getBindings()[root]?.[0]?.parent?.node;
  const init = declarator?.type === 'VariableDeclarator' ? unwrap(declarator.init) : null;
  return !(init && (init.type === 'ObjectExpression' || init.type === 'ArrayExpression'
    || (init.type === 'NewExpression' && ['Map', 'Set', 'Object', 'Array'].includes(init.callee.name))));
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

function patternNamesOf(pattern: AnyNode): string[] {
  const names: string[] = [];
  walk(pattern, (n, parent, key) => {
    if (n.type === 'Identifier' && !(parent && (parent.type === 'ObjectProperty' || parent.type === 'Property') && key === 'key' && !parent.shorthand)
      && !(parent?.type === 'AssignmentPattern' && key === 'right') && !(parent?.type === 'TSTypeAnnotation')) names.push(n.name);
    return !(n.type === 'AssignmentPattern' && false) && !n.type.startsWith('TS');
  });
  return names;
}

/** The property names a key expression reads from anything (`p.author.id` -> author, id). */
function propertiesRead(node: AnyNode): string[] {
  const props: string[] = [];
  walk(node, (n) => {
    if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') props.push(n.property.name);
    return true;
  });
  return props;
}

/** Whether `name`, as seen at `at`, is declared inside `body` (a per-iteration value). */
function declaredInside(at: NodePath, name: string, body: AnyNode): boolean {
  // ast-types scopes are per function: a `const` of the loop body is bound in the function's scope.
  const bindings = bindingScope(at, name)?.getBindings()[name] ?? [];
  return bindings.some((b: NodePath) => typeof b.node.start === 'number' && body.start <= b.node.start && b.node.end <= body.end);
}

function keyTypeProven(ctx: TransformContext, node: AnyNode): boolean {
  const facts = ctx.types()?.factsAt(node.start, node.end);
  return !!facts && /^(number|string|bigint)$/.test(facts.text);
}

interface Guard {
  test: AnyNode;
  /** The read runs when the test is false (`else`, `||`, `if (t) continue;`). */
  negate: boolean;
}

interface Position {
  conditional?: string;
  tryBlock?: boolean;
  /** Conditions under which the read runs, outermost first: keys are collected from the items that pass them. */
  guards: Guard[];
}

/** `if (t) continue;` (no label, no else): the rest of the iteration runs only when t is false. */
function continueGuard(statement: AnyNode): AnyNode | null {
  if (statement.type !== 'IfStatement' || statement.alternate) return null;
  const c = statement.consequent;
  const only = c.type === 'BlockStatement' && c.body.length === 1 ? c.body[0] : c;
  return only.type === 'ContinueStatement' && !only.label ? statement.test : null;
}

/** How the read sits between the loop body and itself: under conditions, after an early `continue`, in a try block. */
function positionInBody(awaited: NodePath, body: AnyNode): Position {
  const result: Position = { guards: [] };
  const inner: Guard[] = [];
  for (let p: NodePath = awaited; p.parent && p.node !== body; p = p.parent) {
    const parent = p.parent.node;
    const key = parentKey(p);
    if (parent.type === 'TryStatement' && key === 'block') result.tryBlock = true;
    if (parent.type === 'IfStatement' && key !== 'test') inner.push({ test: parent.test, negate: key === 'alternate' });
    if (parent.type === 'ConditionalExpression' && key !== 'test') inner.push({ test: parent.test, negate: key === 'alternate' });
    if (parent.type === 'LogicalExpression' && key === 'right') {
      if (parent.operator === '??') result.conditional ??= 'after ??';
      else inner.push({ test: parent.left, negate: parent.operator === '||' });
    }
    if (parent.type === 'SwitchCase') result.conditional ??= 'inside a switch case';
    if (['ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement'].includes(parent.type) && key === 'body') {
      result.conditional ??= 'inside a nested loop';
    }
    // An earlier statement of a block that may skip the rest of the iteration.
    if (key === 'body' || typeof p.name === 'number') {
      const list = p.parentPath?.value;
      if (Array.isArray(list)) {
        const index = list.indexOf(p.node);
        for (const earlier of list.slice(0, index).reverse()) {
          const test = continueGuard(earlier);
          if (test) inner.push({ test, negate: true });
          else if (mayLeave(earlier)) result.conditional ??= 'after a statement that may break, return or throw';
        }
      }
    }
  }
  // Collected from the read outwards; evaluated from the loop body inwards.
  result.guards = inner.reverse();
  return result;
}

function mayLeave(statement: AnyNode): boolean {
  let leaves = false;
  walk(statement, (n) => {
    if (leaves || isFunctionNode(n)) return false;
    if (['ContinueStatement', 'BreakStatement', 'ReturnStatement', 'ThrowStatement'].includes(n.type)) leaves = true;
    return !leaves;
  });
  return leaves;
}

/** Whether the body has a `break`, `return` or `throw` of its own (outside nested functions and inner loops' breaks). */
function exitsEarly(body: AnyNode): boolean {
  let exits = false;
  const visit = (n: AnyNode, inInnerLoop: boolean): void => {
    if (!n || typeof n !== 'object' || exits) return;
    if (Array.isArray(n)) return n.forEach((c) => visit(c, inInnerLoop));
    if (typeof n.type !== 'string' || isFunctionNode(n)) return;
    if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement') exits = true;
    if (n.type === 'BreakStatement' && (!inInnerLoop || n.label)) exits = true;
    const inner = inInnerLoop || /^(For|While|DoWhile|Switch)/.test(n.type);
    for (const k of Object.keys(n)) if (k !== 'loc' && k !== 'comments') visit(n[k], inner);
  };
  visit(body.type === 'BlockStatement' ? body.body : body.body ?? body, false);
  return exits;
}

/** Calls in the body other than the batched read, harmless built-ins, and other reads of the same kind. */
function otherCalls(body: AnyNode, _allowed: AnyNode[], read: BatchRead): AnyNode[] {
  const found: AnyNode[] = [];
  const readNode = read.call.node;
  walk(body, (n) => {
    if (n === readNode) return false;
    if (n.type === 'CallExpression' || n.type === 'OptionalCallExpression' || n.type === 'NewExpression' || n.type === 'TaggedTemplateExpression') {
      if (isOtherRead(n) || isHarmlessCall(n)) return true;
      found.push(n.type === 'TaggedTemplateExpression' ? { callee: n.tag } : n);
    }
    return true;
  });
  return found;
}

// Other reads in the same body (each is decided on its own) are reads, not writes.
const READ_METHODS = new Set([
  'findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'findOneBy', 'findOneByOrFail', 'findBy', 'findOne',
  'findOneOrFail', 'find', 'findByPk', 'findAll', 'findById', 'load', 'count', 'where', 'first', 'select', 'from', 'orderBy', 'lean', 'sort',
  'populate',
]);

/** A call that only builds or runs a query of a read method (`prisma.post.findMany`, `db.select().from(t)`). */
function isOtherRead(n: AnyNode): boolean {
  const callee = unwrap(n.callee);
  if (callee?.type === 'MemberExpression' && !callee.computed && READ_METHODS.has(callee.property.name)) return true;
  // drizzle operators and knex('table') builders only describe a query.
  if (callee?.type === 'Identifier' && ['eq', 'and', 'or', 'inArray', 'In', 'knex'].includes(callee.name)) return true;
  return false;
}

function sharesRoot(callee: AnyNode, read: BatchRead): boolean {
  const root = memberRoot(unwrap(callee));
  const readRoot = memberRoot(unwrap(read.call.node.callee ?? read.call.node));
  return !!root && root === readRoot;
}

function calleePure(callee: AnyNode): boolean {
  // The callee chain of a query builder is calls by nature (`db.select().from(t)`); its arguments must be pure.
  let pure = true;
  walk(callee, (n) => {
    if (n.type === 'CallExpression' && !isSideEffectFree(n.arguments)) pure = false;
    return pure;
  });
  return pure;
}

/** `prisma.$transaction(async (tx) => …)`, `sequelize.transaction(…)`, `dataSource.transaction(…)`, `knex.transaction(…)`. */
function insideTransaction(path: NodePath): string | null {
  for (let p: NodePath | null = path.parent; p; p = p.parent) {
    if (!isFunctionNode(p.node)) continue;
    const call = p.parent?.node;
    if (call?.type === 'CallExpression' && call.arguments.includes(p.node)) {
      const callee = unwrap(call.callee);
      const method = callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : null;
      if (method === 'transaction' || method === '$transaction') return `a ${describe(callee)}(…) callback`;
    }
  }
  return null;
}

/**
 * How the read's result is used: `private` when it is `const x = await read` and x is only read
 * through properties or tested; `shared` when it may be seen elsewhere (pushed, assigned, returned);
 * `{ changed }` when the loop writes to one of its properties.
 */
function resultUse(j: TransformContext['j'], awaited: NodePath): 'private' | 'shared' | { changed: string } {
  const parent = awaited.parent?.node;
  const assigned = parent?.type === 'AssignmentExpression' && parent.right === awaited.node ? parent.left : null;
  const name = parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name
    : assigned?.type === 'Identifier' ? assigned.name : null;
  if (!name) return 'shared';
  const block = awaited.parent.parent?.parent ?? awaited.parent.parent;
  let shared = assigned !== null;
  for (const ref of j(block).find(j.Identifier, { name }).paths() as NodePath[]) {
    const up = ref.parent?.node;
    if (!up || up === parent) continue;
    if ((up.type === 'MemberExpression' || up.type === 'OptionalMemberExpression') && up.object === ref.node) {
      const outer = ref.parent.parent?.node;
      if ((outer?.type === 'AssignmentExpression' && outer.left === up) || outer?.type === 'UpdateExpression'
        || (outer?.type === 'UnaryExpression' && outer.operator === 'delete')) {
        return { changed: `${name}.${up.property?.name ?? '[…]'} is written` };
      }
      if ((outer?.type === 'CallExpression' || outer?.type === 'OptionalCallExpression') && outer.callee === up) shared = true;
      continue;
    }
    if ((up.type === 'MemberExpression' || up.type === 'OptionalMemberExpression') && up.property === ref.node && !up.computed) continue;
    if ((up.type === 'ObjectProperty' || up.type === 'Property') && up.key === ref.node && !up.shorthand) continue;
    if (up.type === 'UnaryExpression' && up.operator === '!') continue;
    if ((up.type === 'IfStatement' || up.type === 'ConditionalExpression') && up.test === ref.node) continue;
    if (up.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(up.operator)) {
      const other = up.left === ref.node ? up.right : up.left;
      if (other.type === 'NullLiteral' || (other.type === 'Identifier' && other.name === 'undefined')) continue;
    }
    shared = true;
  }
  return shared ? 'shared' : 'private';
}
