/**
 * Loops that await one independent call per item -> `Promise.all` over the items (results in the
 * original order), or `Promise.allSettled` when each item's failure is caught and handled.
 *
 *   for (const x of xs) out.push(await f(x));          -> out.push(...(await Promise.all(xs.map((x) => f(x)))));
 *   for (const x of xs) await f(x);                     -> await Promise.all(xs.map((x) => f(x)));
 *   for (let i = 0; i < xs.length; i++) r[i] = await f(xs[i]);
 *                                                       -> await Promise.all(xs.map(async (item, i) => { r[i] = await f(xs[i]); }));
 *   for (const x of xs) { try { out.push(await f(x)); } catch (e) { failed.push(x); } }
 *                                                       -> Promise.allSettled, then the same two lists filled in order
 */
import type { TransformContext } from '../../src/engine/types';
import { isCall, isMember, unwrap, walk, isFunctionNode, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { codeFacts, orderingReason, simpleMemberTarget, targetRoot } from '../../src/analysis/dependence';
import { collectionEvidence } from '../../src/analysis/evidence';
import { freshName } from '../../src/analysis/naming';
import { bindingScope, readsWrites } from '../../src/analysis/scope';
import { indentUnit, reindent } from '../../src/analysis/layout';
import { concurrencyHelper, concurrencyLimit } from './concurrency';
import { alreadyConcurrent, label } from './steps';
import { patternNames } from '../../src/analysis/functions';
import type { OrderingContext } from './shared';

type BodyShape = 'push' | 'bare' | 'assign-index';

export interface LoopCandidate {
  path: NodePath;
  shape: BodyShape;
  settled: boolean;
  /** The iterated collection (`xs`), its text, and whether it is known to be an Array. */
  items: AnyNode;
  itemsText: string;
  knownArray: boolean;
  /** for-of: the loop pattern's text; indexed: null. */
  pattern: string | null;
  /** indexed loops: the index name. */
  index: string | null;
  callText: string;
  /** push: the array pushed to; assign-index: the indexed target's object. */
  targetText: string | null;
  /** settled: the catch parameter's text (or null) and the catch body's statements' text. */
  handler?: { param: string | null; body: string };
  reason?: string;
}

const text = (ctx: TransformContext, node: AnyNode): string => ctx.source.slice(node.start, node.end);

/** The one statement of a loop body (`{ s }` or `s`), or null. */
function onlyStatement(body: NodePath): NodePath | null {
  if (body.node.type !== 'BlockStatement') return body;
  return body.node.body.length === 1 ? body.get('body', 0) : null;
}

function awaitOf(node: AnyNode): AnyNode | null {
  const n = unwrap(node);
  return n?.type === 'AwaitExpression' && isCall(unwrap(n.argument)) && !alreadyConcurrent(unwrap(n.argument)) ? n : null;
}

/** `out.push(await f(x))`, `await f(x)`, `r[i] = await f(…)`: the shape, the awaited call and the target. */
function bodyShape(statement: AnyNode, index: string | null): { shape: BodyShape; awaitNode: AnyNode; target: AnyNode | null } | null {
  if (statement.type !== 'ExpressionStatement') return null;
  const e = unwrap(statement.expression);
  const bare = awaitOf(e);
  if (bare) return { shape: 'bare', awaitNode: bare, target: null };
  if (isCall(e) && isMember(e.callee) && !e.callee.computed && e.callee.property.name === 'push' && e.arguments.length === 1 && simpleMemberTarget(e.callee.object)) {
    const awaited = awaitOf(e.arguments[0]);
    if (awaited) return { shape: 'push', awaitNode: awaited, target: e.callee.object };
  }
  if (index && e.type === 'AssignmentExpression' && e.operator === '=' && isMember(e.left) && e.left.computed
    && unwrap(e.left.property).type === 'Identifier' && unwrap(e.left.property).name === index && simpleMemberTarget(e.left.object)) {
    const awaited = awaitOf(e.right);
    if (awaited) return { shape: 'assign-index', awaitNode: awaited, target: e.left.object };
  }
  return null;
}

/** `for (let i = 0; i < xs.length; i++)`: the index name and `xs`, or null. */
function indexedHeader(node: AnyNode): { index: string; items: AnyNode } | null {
  const init = node.init;
  if (init?.type !== 'VariableDeclaration' || init.kind !== 'let' || init.declarations.length !== 1) return null;
  const d = init.declarations[0];
  if (d.id.type !== 'Identifier' || unwrap(d.init)?.value !== 0) return null;
  const i = d.id.name;
  const test = node.test;
  if (test?.type !== 'BinaryExpression' || test.operator !== '<' || test.left.type !== 'Identifier' || test.left.name !== i) return null;
  const right = unwrap(test.right);
  if (!isMember(right) || right.computed || right.property.name !== 'length' || !simpleMemberTarget(right.object)) return null;
  const u = node.update;
  const increments = (u?.type === 'UpdateExpression' && u.operator === '++' && u.argument.name === i)
    || (u?.type === 'AssignmentExpression' && u.operator === '+=' && u.left.name === i && unwrap(u.right)?.value === 1);
  return increments ? { index: i, items: right.object } : null;
}

/** Whether the body awaits directly (not inside a nested function): a loop this transform would want to see. */
function awaitsDirectly(node: AnyNode): boolean {
  let found = false;
  walk(node, (n) => {
    if (found || isFunctionNode(n)) return false;
    if (n.type === 'AwaitExpression') found = true;
    return !found;
  });
  return found;
}

/** Recognises one loop; returns a candidate, a skip reason, or null when it is not an awaiting loop at all. */
function recognise(ctx: TransformContext, path: NodePath, ordering: OrderingContext): LoopCandidate | { skip: string } | null {
  const node = path.node;
  if (node.type === 'ForOfStatement' && node.await) return { skip: 'for await reads an async iterator one item at a time: its items are not known in advance' };
  if (!awaitsDirectly(node)) return null;
  if (node.type === 'WhileStatement' || node.type === 'DoWhileStatement') return { skip: 'a while loop: how many iterations run depends on what the previous ones did' };
  let index: string | null = null;
  let pattern: string | null = null;
  let items: AnyNode;
  let itemsPath: NodePath;
  if (node.type === 'ForOfStatement') {
    const left = node.left;
    if (left.type !== 'VariableDeclaration' || left.kind === 'var' || left.declarations.length !== 1) return { skip: 'the loop variable is not a fresh const or let per item' };
    pattern = text(ctx, left.declarations[0].id);
    items = node.right;
    itemsPath = path.get('right');
    if (awaitsDirectly(node.right)) return { skip: 'the collection itself is awaited inside the loop header' };
  } else {
    if (awaitsDirectly({ type: 'X', a: node.init, b: node.test, c: node.update })) return { skip: 'the loop condition awaits: each iteration depends on the previous one' };
    const header = indexedHeader(node);
    if (!header) return { skip: 'not a plain index loop (let i = 0; i < xs.length; i++)' };
    index = header.index;
    items = header.items;
    itemsPath = path.get('test', 'right', 'object');
  }
  const only = onlyStatement(path.get('body'));
  if (!only) return { skip: 'the loop body does more than await one call per item (statements that may depend on each other across iterations)' };
  let statement = only.node;
  let statementPath = only;
  let handler: LoopCandidate['handler'];
  if (statement.type === 'TryStatement') {
    if (statement.finalizer || !statement.handler || statement.block.body.length !== 1) return { skip: 'a try with a finally block, or more than one statement in it' };
    const catchBody = statement.handler.body;
    const exits = findExits(catchBody);
    if (exits) return { skip: `the catch block ${exits}, which changes what the next iterations do` };
    if (awaitsDirectly(catchBody)) return { skip: 'the catch block awaits: handling one failure may have to finish before the next call' };
    handler = {
      param: statement.handler.param ? text(ctx, statement.handler.param) : null,
      body: catchBody.body.length === 0 ? '' : dedent(ctx.source.slice(catchBody.body[0].start, catchBody.body[catchBody.body.length - 1].end), catchBody.body[0].loc.start.column),
    };
    statementPath = statementPath.get('block', 'body', 0);
    statement = statementPath.node;
  } else if (findExits(statement)) {
    return null;
  }
  const shape = bodyShape(statement, index);
  if (!shape) return { skip: 'the loop body does more than await one call per item (an accumulator, a condition, or state carried to the next iteration)' };
  let callPath: NodePath | null = null;
  ctx.j(statementPath).find(ctx.j.AwaitExpression).forEach((p: NodePath) => {
    if (p.node === shape.awaitNode) callPath = p.get('argument');
  });
  if (!callPath) return null;
  const call = unwrap((callPath as NodePath).node);
  const facts = codeFacts(callPath as NodePath, call);
  if (facts.suspends) return { skip: 'the awaited call awaits again in its arguments' };
  if (facts.writes.size > 0) return { skip: `${label(ctx.source, call)} assigns ${[...facts.writes][0]}: state carried from one iteration to the next` };
  if (facts.closureWrites.size > 0) return { skip: `${label(ctx.source, call)} runs code that changes ${[...facts.closureWrites][0]}: state carried from one iteration to the next` };
  const ordered = orderingReason(call, ordering.receivers, ordering.critical);
  if (ordered) return { skip: `${ordered}: one call per item, in order` };
  if (shape.shape === 'bare') {
    // The result is dropped: the calls run for their effects; one object handed to every call may be what they change.
    const own = new Set(node.type === 'ForOfStatement' ? patternNames(node.left.declarations[0].id) : [index!]);
    const shared = call.arguments.map((a: AnyNode) => unwrap(a)).find((a: AnyNode) => a?.type === 'Identifier' && !own.has(a.name));
    if (shared) return { skip: `every ${label(ctx.source, call)} receives ${shared.name}, which it may change (the calls run for their effects: the result is not used)` };
  }
  const targetName = shape.target ? targetRoot(shape.target) : null;
  const itemsRoot = targetRoot(items);
  if (targetName && itemsRoot === targetName) return { skip: `the loop fills ${targetName} while iterating over it` };
  const reads = new Set([...facts.reads, ...facts.closureReads]);
  if (targetName && reads.has(targetName)) return { skip: `${label(ctx.source, call)} reads ${targetName}, which the loop fills item by item` };
  if (handler) {
    const handlerFacts = readsWrites(statement.type === 'TryStatement' ? statement : only.node.handler.body);
    const changed = [...handlerFacts.writes, ...handlerFacts.memberWrites].find((w) => reads.has(w));
    if (changed) return { skip: `the catch block changes ${changed}, which ${label(ctx.source, call)} reads for the next items` };
    if (shape.shape === 'assign-index') return { skip: 'an index loop with a catch per item is not rewritten' };
  }
  const evidence = collectionEvidence(ctx, itemsPath);
  return {
    path, shape: shape.shape, settled: !!handler, items, itemsText: text(ctx, items), knownArray: evidence.kind === 'array' && !evidence.holes,
    pattern, index, callText: text(ctx, call), targetText: shape.target ? text(ctx, shape.target) : null, handler,
  };
}

/** Text whose lines after the first were indented for `column`, re-based to column 0. */
function dedent(code: string, column: number): string {
  return code.split(/\r?\n/).map((line, i) => (i === 0 ? line : line.replace(new RegExp(`^[ \\t]{0,${column}}`), ''))).join('\n');
}

/** `break`, `continue`, `return` or `throw` at this level (not in nested functions), in words. */
function findExits(node: AnyNode): string | null {
  let found: string | null = null;
  walk(node, (n) => {
    if (found || isFunctionNode(n)) return false;
    if (n.type === 'BreakStatement') found = 'breaks out of the loop';
    else if (n.type === 'ContinueStatement') found = 'continues the loop';
    else if (n.type === 'ReturnStatement') found = 'returns';
    else if (n.type === 'ThrowStatement') found = 'throws';
    return !found;
  });
  return found;
}

export function loopCandidates(ctx: TransformContext, orderingFor: (p: NodePath) => OrderingContext, canAwait: (p: NodePath) => boolean): LoopCandidate[] {
  const { j, root } = ctx;
  const found: LoopCandidate[] = [];
  for (const type of ['ForOfStatement', 'ForStatement', 'WhileStatement', 'DoWhileStatement'] as const) {
    root.find(j[type] as typeof j.ForStatement).forEach((path: NodePath) => {
      if (!canAwait(path)) return;
      const result = recognise(ctx, path, orderingFor(path));
      if (!result) return;
      if ('skip' in result) ctx.decide(path.node, { kind: 'skip', reason: result.skip }, { message: result.skip });
      else found.push(result);
    });
  }
  return found.sort((a, b) => a.path.node.start - b.path.node.start);
}

function parseStatements(ctx: TransformContext, code: string): AnyNode[] {
  const program = ctx.j(`async function __perfmod() {\n${reindent(code, indentUnit(ctx.source))}\n}`).find(ctx.j.Program).get().node;
  return program.body[0].body.body;
}

function assumptionsFor(c: LoopCandidate, limit: number | null): string[] {
  const each = c.settled
    ? `${c.callText} for different items do not depend on each other's effects, and it is acceptable that every call starts before any failure is handled (the catch block runs after all calls have settled, item by item in the original order)`
    : `${c.callText} for different items do not depend on each other's effects, and it is acceptable that every call starts even if an earlier one rejects, the first to fail deciding the error`;
  const out = [each];
  out.push(c.knownArray
    ? `${c.itemsText} is not changed while the calls start, and has no empty slots`
    : `${c.itemsText} is not changed while the calls start`);
  const literal = unwrap(c.items)?.type === 'ArrayExpression';
  if (limit === null && !literal) {
    out.push(`${c.itemsText} is small enough to start one call per element at once (nothing bounds the concurrency; the concurrency option does)`);
  }
  return out;
}

/** The local name of p-limit's default export when the file already imports (or requires) it, else null. */
function existingPLimit(ctx: TransformContext): string | null {
  for (const statement of ctx.root.get().node.program.body) {
    if (statement.type === 'ImportDeclaration' && statement.source.value === 'p-limit' && statement.importKind !== 'type') {
      const spec = statement.specifiers.find((s: AnyNode) => s.type === 'ImportDefaultSpecifier');
      if (spec) return spec.local.name;
    }
    if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations) {
        const init = unwrap(d.init);
        if (d.id.type === 'Identifier' && init?.type === 'CallExpression' && init.callee.name === 'require' && init.arguments[0]?.value === 'p-limit') return d.id.name;
      }
    }
  }
  return null;
}

export function rewriteLoop(ctx: TransformContext, c: LoopCandidate): boolean {
  const limit = c.settled ? null : concurrencyLimit(ctx);
  if (bindingScope(c.path, 'Promise') || (!c.knownArray && bindingScope(c.path, 'Array'))) {
    ctx.decide(c.path.node, { kind: 'skip', reason: 'Promise or Array is a local name here' }, { message: 'Promise or Array is a local name here' });
    return false;
  }
  const perItem = c.settled ? 'Promise.allSettled' : 'Promise.all';
  const message = `The loop awaits ${c.callText} item by item; the calls now start together in one ${limit !== null ? `batch of at most ${limit} at a time` : perItem}, results in the original order.`;
  if (!ctx.decide(c.path.node, { kind: 'review', assumptions: assumptionsFor(c, limit) }, { message })) return false;

  const X = c.itemsText;
  const item = c.index ? freshName(ctx.j, c.path, 'item') : null;
  const params = c.index ? `(${item}, ${c.index})` : `(${c.pattern})`;
  const asyncBody = c.shape === 'assign-index' ? `async ${params} => {\n  ${c.targetText}[${c.index}] = await ${c.callText};\n}` : `${params} => ${c.callText}`;
  let all: string;
  const pLimit = limit !== null ? existingPLimit(ctx) : null;
  let limiter: string | null = null;
  if (limit !== null && pLimit) {
    // The file already uses p-limit: `const limit = pLimit(N)` before the loop, each call through it.
    limiter = freshName(ctx.j, c.path, 'limit');
    const params2 = params;
    const limited = c.shape === 'assign-index'
      ? `async ${params2} => {\n  ${c.targetText}[${c.index}] = await ${limiter}(() => ${c.callText});\n}`
      : `${params2} => ${limiter}(() => ${c.callText})`;
    const mapped = c.knownArray ? `${X}.map(${limited})` : c.index ? `Array.from({ length: ${X}.length }, ${limited})` : `Array.from(${X}, ${limited})`;
    all = `Promise.all(${mapped})`;
  } else if (limit !== null) {
    const helper = concurrencyHelper(ctx);
    const array = c.knownArray ? X : c.index ? `Array.from({ length: ${X}.length })` : `Array.from(${X})`;
    all = `${helper}(${array}, ${limit}, ${asyncBody})`;
  } else {
    const mapped = c.knownArray ? `${X}.map(${asyncBody})` : c.index ? `Array.from({ length: ${X}.length }, ${asyncBody})` : `Array.from(${X}, ${asyncBody})`;
    all = `${perItem}(${mapped})`;
  }
  let code: string;
  if (!c.settled) {
    code = c.shape === 'push' ? `${c.targetText}.push(...(await ${all}));` : `await ${all};`;
  } else {
    const settled = freshName(ctx.j, c.path, 'settled');
    const i = freshName(ctx.j, c.path, 'index');
    const result = freshName(ctx.j, c.path, 'result');
    // The items are read twice (to start the calls, then to pair each result with its item): once, as an array.
    const itemsName = c.knownArray ? X : freshName(ctx.j, c.path, 'items');
    const items = itemsName;
    const lines = [
      ...(c.knownArray ? [] : [`const ${itemsName} = Array.from(${X});`]),
      `const ${settled} = await ${c.knownArray ? all : all.replace(`Array.from(${X}, `, `${itemsName}.map(`)};`,
      `for (const [${i}, ${c.pattern}] of ${items}.entries()) {`,
      `  const ${result} = ${settled}[${i}];`,
      ...(c.shape === 'push' ? [
        `  if (${result}.status === 'fulfilled') {`,
        `    ${c.targetText}.push(${result}.value);`,
        '  } else {',
      ] : [`  if (${result}.status === 'rejected') {`]),
      ...(c.handler!.param ? [`    const ${c.handler!.param} = ${result}.reason;`] : []),
      ...(c.handler!.body ? c.handler!.body.split('\n').map((l) => (l.trim() === '' ? '' : `    ${l}`)) : []),
      '  }',
      '}',
    ];
    code = lines.join('\n');
  }
  if (limiter) code = `const ${limiter} = ${pLimit}(${limit});\n${code}`;
  const statements = parseStatements(ctx, code);
  statements[0].comments = c.path.node.comments;
  // In a single-statement slot (`if (c) for …`, a label's body) several statements need a block.
  const inList = ['BlockStatement', 'Program', 'SwitchCase', 'StaticBlock'].includes(c.path.parent?.node.type);
  if (statements.length > 1 && !inList) c.path.replace(ctx.j.blockStatement(statements));
  else c.path.replace(...statements);
  return true;
}
