/**
 * The decision on one lookup: may an index built once before the loop replace it, and on what
 * grounds (`safe`: proven; `review`: under the stated assumptions; `skip`: why not).
 */
import {
  callbackShape, unwrapPath, collectionEvidence, describe, enclosingLoop, findKeyWrites, indexStaysValid, isFunctionNode, isSideEffectFree,
  functionContextDiffers, iterationRunsImmediately, loopsBetween, nameChangesDuring, namesRead, readsFunctionContext, parentKey, patternNames, placementFor, readsWrites, staticPropertyName,
  suspends, unknownCalls, unwrap, walk,
  type AnyNode, type Evidence, type LoopInfo, type NodePath, type Placement,
} from '../../src/analysis';
import type { Decision, TransformContext } from '../../src/engine/types';
import { hiddenCallAssumption } from '../../src/analysis/hidden-calls';
import { arrayAssumption, minLiteralSize, tooSmallReason } from '../../src/analysis/lookup-index';
import { indexPays } from '../../src/analysis/lookup-cost';
import type { Lookup } from './shapes';


export interface Plan {
  lookup: Lookup;
  loop: LoopInfo;
  placement: Placement;
  decision: Decision;
  /** The index leaves NaN out: the lookup compared with `===`, which never matches NaN. */
  excludeNaN: boolean;
  /** Why the index pays (src/analysis/lookup-cost.ts), for the Change. */
  pays: { why: string; k: number | null };
}

export type Verdict = { plan: Plan } | { skip: string } | null;

/** Methods whose result is a fresh array built from one identifier by a pure callback: safe to build once. */
const HOISTABLE_METHODS = new Set(['map', 'filter']);
const HOISTABLE_FUNCTIONS = new Set(['Object.keys', 'Object.values']);

/**
 * Kinds that scan natively (includes/indexOf, compared per element inside the engine): their
 * crossover is the one measured for includes (the `set` table). Kinds that call a predicate per
 * element (find, filter, some, …) cost more per element scanned: the `map` table (find by key).
 */
const NATIVE_SCAN_KINDS = new Set(['includes', 'indexOf', 'contains']);

/** Kinds that compare with `===` (the others, `includes`, use SameValueZero like Map/Set). */
const STRICT_EQUALITY_KINDS = new Set(['find', 'findLast', 'findIndex', 'findLastIndex', 'filter', 'count', 'some', 'indexOf', 'contains']);

export function decideLookup(ctx: TransformContext, lookup: Lookup): Verdict {
  const name = sourceText(ctx, lookup.receiver.node);
  const first = enclosingLoop(lookup.call);
  if (!first) return null; // not inside a loop: not a repeated lookup
  const loop = loopWhereValueVaries(lookup, first);
  if (!loop) return { skip: `the value looked up in ${name} is the same on every iteration: not a repeated lookup of different keys` };
  if (loop.kind === 'for-await') return { skip: 'the loop awaits between iterations: other code may change the collection meanwhile' };
  const varying = varyingNames(loop);
  if (runsAtMostOnce(lookup.call, loop)) {
    return { skip: `the lookup in ${name} leaves the loop right after (return/throw/break): it runs at most once, an index would only add work` };
  }

  const position = positionNames(loop);
  if (readsPosition(lookup.value, position)) return { skip: 'the key is computed from the loop position, not from a loop item' };
  // A predicate ran the value once per element it checked; the index runs it once per lookup.
  if (lookup.predicate && !isSideEffectFree(lookup.value)) {
    return { skip: `${sourceText(ctx, lookup.value)} has side effects: the ${methodName(lookup)}() predicate ran it once per element, the index would run it once` };
  }
  if (!lookup.predicate && !isSideEffectFree(lookup.value)) {
    return { skip: `${sourceText(ctx, lookup.value)} calls code that may change ${name} while the index is in use` };
  }

  const collection = hoistableCollection(lookup.receiver.node);
  if (!collection.ok) return { skip: collection.reason };
  const own = loop.kind === 'callback' ? loop.body.node.params?.[loop.method === 'reduce' || loop.method === 'reduceRight' ? 3 : 2] : null;
  if (own?.type === 'Identifier' && collection.names.includes(own.name)) {
    return { skip: `${own.name} is the array ${loop.method}() itself walks (its callback's third parameter): a search of the loop's own array, not a lookup in another collection` };
  }
  if (collection.names.some((n) => varying.has(n))) {
    return { skip: `${name} changes from one iteration to the next (it is bound or assigned in the loop)` };
  }
  if (lookup.elementName === null && lookup.conditions.length > 0) {
    // The index loop binds the element to one name; conditions written against destructured names would not resolve.
    return { skip: 'the predicate destructures its element and has extra conditions' };
  }
  for (const condition of lookup.conditions) {
    if (!isSideEffectFree(condition)) return { skip: 'an extra condition of the predicate has side effects' };
    if (readsFunctionContext(condition)) return { skip: 'an extra condition of the predicate reads this/arguments' };
    const reads = [...namesRead(condition)].filter((n) => !elementNames(lookup).includes(n));
    if (reads.some((n) => varying.has(n))) return { skip: 'an extra condition of the predicate depends on the loop item (a composite key)' };
  }

  const placement = placementFor(loop.path);
  if (!placement) return { skip: 'there is no statement before the loop where the index could be built' };
  if (placement.conditional) return { skip: `the loop does not always run (${placement.conditional}): building the index first could fail` };
  const region = placement.statement;
  if (suspends(region.node)) {
    return { skip: 'the loop awaits or yields: other code may change the collection while it is suspended' };
  }

  const assumptions: string[] = [];
  if (readsFunctionContext(lookup.receiver.node) && functionContextDiffers(lookup.call, region)) {
    return { skip: `${name} reads this/arguments of a function callback: before the loop they are another function's` };
  }
  // The index evaluates the conditions and the collection expression once, before the loop: the
  // variables they read must keep their values while it runs.
  const ownNames = new Set([...elementNames(lookup), ...[lookup.receiver.node, ...lookup.conditions].flatMap(nestedParams)]);
  const builtFrom = new Set([...namesRead(lookup.receiver.node), ...lookup.conditions.flatMap((c) => [...namesRead(c)])]);
  for (const n of builtFrom) {
    if (ownNames.has(n)) continue;
    const change = nameChangesDuring(ctx.j, lookup.call, n, region);
    if (change && 'stale' in change) return { skip: `the index would read ${n} once before the loop, but ${change.stale}` };
    if (change) assumptions.push(change.assumption);
  }
  // A callback "loop" on something other than an Array (a lazy iterator, an Observable) may run
  // its callback later, after the collection changed.
  const loops = loopsBetween(lookup.call, loop);
  const immediacy = iterationRunsImmediately(ctx, loops);
  if (immediacy.skip) return { skip: immediacy.skip };
  assumptions.push(...immediacy.assumptions);
  const evidence = collectionEvidence(ctx, lookup.receiver);
  const kindProblem = notAnArray(evidence, name);
  if (kindProblem) return { skip: kindProblem };
  const literalLength = evidence.literalLength;
  const form = NATIVE_SCAN_KINDS.has(lookup.kind) ? 'membership' : 'keyed';
  if (literalLength !== undefined && literalLength < minLiteralSize(form)) {
    // `const seen = []` filled by the loop itself (a dedupe): its size is not the literal's, its change is the reason.
    for (const idPath of collection.paths(lookup.receiver)) {
      const validity = indexStaysValid(ctx.j, idPath, region);
      if (validity.stale !== undefined) return { skip: `${validity.stale} inside the loop` };
    }
    return { skip: tooSmallReason(name, literalLength, form) };
  }
  if (evidence.kind !== 'array' || !evidence.strong) {
    assumptions.push(arrayAssumption(name, methodName(lookup), 'index'));
  }
  assumptions.push(...(evidence.assumptions ?? []));

  // The index must describe the collection at every lookup: nothing may change it, its elements' keys,
  // or the binding while the loop runs.
  for (const idPath of collection.paths(lookup.receiver)) {
    const validity = indexStaysValid(ctx.j, idPath, region);
    if (validity.stale !== undefined) return { skip: `${validity.stale} inside the loop` };
    assumptions.push(...validity.assumptions);
    const hidden = hiddenCallAssumption(ctx.j, ctx.types(), idPath, region, (n) => sourceText(ctx, n), sourceText(ctx, idPath.node));
    if (hidden) assumptions.push(hidden);
  }
  const fields = fieldsRead(lookup);
  if (fields.length > 0) {
    for (const write of findKeyWrites(region.node, fields)) {
      // `xs[i].key = …` on the indexed collection itself writes an element's key: no assumption can excuse it.
      const onCollection = collection.names.some((n) => write.detail.startsWith(`${n}[…]`));
      if (write.detail.includes('[…]') && !onCollection) assumptions.push(`${write.detail.replace(/ is written$/, '')} = … never writes ${fields.map((f) => `.${f}`).join('/')} of an element of ${name}`);
      else return { skip: `${write.detail} inside the loop: the index would go stale` };
    }
    const calls = unknownCalls(region.node);
    if (calls.length > 0) {
      assumptions.push(`the calls inside the loop (${calls.slice(0, 3).join(', ')}${calls.length > 3 ? ', …' : ''}) do not change ${fields.map((f) => `.${f}`).join('/')} of elements of ${name}`);
    }
  }

  const keysOf = unwrap(lookup.receiver.node);
  if (keysOf.type === 'CallExpression' && HOISTABLE_FUNCTIONS.has(describe(keysOf.callee)) && !isNonNullish(factsOf(ctx, keysOf.arguments[0]))) {
    assumptions.push(`${sourceText(ctx, keysOf.arguments[0])} is not null or undefined (${name} is now evaluated once, up front)`);
  }
  if (hoistsCallback(lookup.receiver.node)) {
    const inner = factsOf(ctx, unwrap(unwrap(lookup.receiver.node).callee).object);
    if (!(inner?.kind === 'array' && inner.element && !NULLISH_TEXT.test(inner.element.text))) {
      assumptions.push(`no element of ${describe(unwrap(unwrap(lookup.receiver.node).callee).object)} is null or undefined (${name} is now built once, up front)`);
    }
  }
  // `===` never matches NaN; a Map or Set does: the index leaves NaN out, exactly.
  // (In TypeScript without the checker `map.delete(NaN)` may not type-check: the assumption stays in words.)
  const nan = nanAssumption(ctx, lookup, evidence);
  const typescriptUnchecked = !!ctx.filePath && /\.(ts|tsx|mts|cts)$/i.test(ctx.filePath) && !ctx.types();
  if (nan && typescriptUnchecked) assumptions.push(nan);
  const excludeNaN = nan !== null && !typescriptUnchecked;
  // Only a literal written in place is known non-empty: a const one may have been emptied before the loop.
  const inlineLength = unwrap(lookup.receiver.node).type === 'ArrayExpression' ? evidence.literalLength : undefined;
  assumptions.push(...throwAssumptions(ctx, lookup, name, inlineLength));
  if (lookup.keyNode && factsOf(ctx, lookup.keyNode)?.accessor) {
    assumptions.push(`reading .${lookup.keyPath.join('.')} (a getter) has no side effects: the index reads it once per element up front`);
  }

  const cost = indexPays(ctx.j, {
    form: NATIVE_SCAN_KINDS.has(lookup.kind) ? 'membership' : 'keyed', lookup: lookup.call, value: lookup.value, loop,
    buildAt: region, moduleLevel: false, collection: lookup.receiver,
  }, loops);
  if (!cost.pays) return { skip: cost.reason };

  const unique = [...new Set(assumptions)];
  const decision: Decision = unique.length === 0 ? { kind: 'safe' } : { kind: 'review', assumptions: unique };
  return { plan: { lookup, loop, placement, decision, excludeNaN, pays: { why: cost.why, k: cost.k } } };
}

/** The expression as written (short), for messages. */
export function sourceText(ctx: TransformContext, node: AnyNode): string {
  const text = typeof node?.start === 'number' ? ctx.source.slice(node.start, node.end) : '';
  if (text && text.length <= 40 && !text.includes('\n')) return text;
  return unwrap(node)?.type === 'ArrayExpression' ? 'the array literal' : describe(node);
}

/** `xs.map(cb)` / `xs.filter(cb)`: building the collection runs a callback on every element. */
function hoistsCallback(receiver: AnyNode): boolean {
  const node = unwrap(receiver);
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  return callee.type === 'MemberExpression' && ['map', 'filter'].includes(staticPropertyName(callee) ?? '');
}

function methodName(lookup: Lookup): string {
  return staticPropertyName(unwrap(lookup.call.node.callee)) ?? lookup.kind;
}

function elementNames(lookup: Lookup): string[] {
  const param = lookup.predicate ? callbackShape(lookup.predicate)?.params[0] : null;
  return param ? patternNames(param) : [];
}

/** The innermost enclosing loop in which the looked-up value changes (climbing out of loops where it does not). */
function loopWhereValueVaries(lookup: Lookup, first: LoopInfo): LoopInfo | null {
  const reads = namesRead(lookup.value);
  for (let loop: LoopInfo | null = first; loop; loop = enclosingLoop(loop.path)) {
    const varying = varyingNames(loop);
    if ([...reads].some((n) => varying.has(n))) return loop;
  }
  return null;
}

/**
 * Whether the loop ends (return, throw, break) unconditionally once the lookup has run, so the
 * lookup is not repeated: `if (dup) throw new Error(xs.filter(…))` is an error path, not a hot one.
 */
function runsAtMostOnce(call: NodePath, loop: LoopInfo): boolean {
  const statementLoop = loop.kind !== 'callback';
  let crossedFunction = false;
  let caught = false;
  let breakTargetsLoop = statementLoop;
  const exits = (statement: AnyNode): boolean => {
    if (statement.type === 'ThrowStatement') return !caught;
    if (statement.type === 'ReturnStatement') return statementLoop && !crossedFunction;
    if (statement.type === 'BreakStatement') return !statement.label && breakTargetsLoop && !crossedFunction;
    return false;
  };
  for (let p: NodePath = call; p.parent && p.node !== loop.body.node && p.node !== loop.path.node; p = p.parent) {
    const node = p.node;
    if (exits(node)) return true;
    const parent = p.parent.node;
    const list: AnyNode[] | null = parent.type === 'BlockStatement' ? parent.body : parent.type === 'SwitchCase' ? parent.consequent : null;
    if (list) {
      for (const later of list.slice(list.indexOf(node) + 1)) if (exits(later)) return true;
    }
    if (isFunctionNode(parent)) crossedFunction = true;
    if (parent.type === 'TryStatement' && parentKey(p) === 'block') caught = true;
    // A break in a switch or an inner loop leaves only that.
    if (parent.type === 'SwitchStatement' || /^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(parent.type)) {
      breakTargetsLoop = false;
    }
  }
  return false;
}

/** Names that may hold a different value on each iteration: loop variables, and anything assigned or declared in the loop. */
function varyingNames(loop: LoopInfo): Set<string> {
  return new Set([...loop.boundNames, ...readsWrites(loop.path.node).writes]);
}

/** Names that hold the loop position: a `for` counter, a variable a `while` loop updates, a callback's index parameter. */
function positionNames(loop: LoopInfo): Set<string> {
  const node = loop.path.node;
  if (loop.kind === 'for') return new Set(loop.boundNames);
  if (loop.kind === 'while' || loop.kind === 'do-while') {
    const declared = new Set<string>();
    walk(node, (n) => {
      if (n.type === 'VariableDeclarator') patternNames(n.id).forEach((x) => declared.add(x));
      return true;
    });
    return new Set([...readsWrites(node).writes].filter((n) => !declared.has(n)));
  }
  if (loop.kind === 'callback') {
    const fn = loop.body.node;
    const index = fn.params[loop.method === 'reduce' || loop.method === 'reduceRight' ? 2 : 1];
    return new Set(index?.type === 'Identifier' ? [index.name] : []);
  }
  return new Set();
}

/** Whether `value` uses a position name other than as an index into an array (`orders[i]` is an item; `i + 1` is a position). */
function readsPosition(value: AnyNode, position: Set<string>): boolean {
  if (position.size === 0) return false;
  let found = false;
  walk(value, (n, parent, key) => {
    if (found) return false;
    if (n.type === 'Identifier' && position.has(n.name)) {
      const asIndex = parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.computed && key === 'property';
      const asKey = parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && !parent.computed && key === 'property';
      if (!asIndex && !asKey) found = true;
    }
    return true;
  });
  return found;
}

type CollectionShape =
  | { ok: true; names: string[]; paths(receiver: NodePath): NodePath[] }
  | { ok: false; reason: string };

/**
 * The collection must be a plain variable, or a pure expression over one that can be evaluated
 * once before the loop (`Object.keys(o)`, `xs.map((x) => x.id)`): a lookup table rebuilt per item.
 */
function hoistableCollection(receiver: AnyNode): CollectionShape {
  const node = unwrap(receiver);
  if (node.type === 'Identifier') return { ok: true, names: [node.name], paths: (p) => [unwrapPath(p)] };
  if (node.type === 'CallExpression' && node.arguments.length === 1) {
    const callee = describe(node.callee);
    const arg = unwrap(node.arguments[0]);
    if (HOISTABLE_FUNCTIONS.has(callee) && arg.type === 'Identifier') {
      return { ok: true, names: [arg.name], paths: (p) => [unwrapPath(unwrapPath(p).get('arguments', 0))] };
    }
    const callee2 = unwrap(node.callee);
    const method = callee2.type === 'MemberExpression' ? staticPropertyName(callee2) : null;
    if (method && HOISTABLE_METHODS.has(method) && unwrap(callee2.object).type === 'Identifier') {
      const fn = node.arguments[0];
      const shape = callbackShape(fn);
      if (shape && isSideEffectFree(shape.body) && shape.params.length === 1) {
        return { ok: true, names: [unwrap(callee2.object).name], paths: (p) => [unwrapPath(unwrapPath(unwrapPath(p).get('callee')).get('object'))] };
      }
    }
  }
  // An inline literal is rebuilt on every iteration: building it once is the point (if it is not tiny).
  if (node.type === 'ArrayExpression' && node.elements.every((e: AnyNode) => e && e.type !== 'SpreadElement') && isSideEffectFree(node)) {
    return { ok: true, names: [...namesRead(node)], paths: () => [] };
  }
  if (node.type === 'MemberExpression') {
    return { ok: false, reason: `the collection is a property (${describe(node)}): it may change through other references; read it into a local const first` };
  }
  return { ok: false, reason: `the collection (${describe(node)}) is not a plain variable or a pure expression over one` };
}


function notAnArray(evidence: Evidence, name: string): string | null {
  switch (evidence.kind) {
    case 'string': return `${name} is a string (${evidence.reason}): its methods search substrings`;
    case 'set': case 'map': return `${name} is a ${evidence.kind === 'set' ? 'Set' : 'Map'} already (${evidence.reason})`;
    case 'typed-array': return `${name} is a typed array (${evidence.reason}): its filter() returns a typed array and its elements are numbers`;
    case 'other': return `${name} is not an Array (${evidence.reason}): its lookup methods may be its own`;
    default: return null;
  }
}

/** Element fields the index depends on: the key path and the fields the extra conditions read. */
function fieldsRead(lookup: Lookup): string[] {
  const fields = new Set(lookup.keyPath);
  const names = elementNames(lookup);
  // `users.map((u) => u.id).includes(v)`: the Set holds the ids the callback read.
  if (hoistsCallback(lookup.receiver.node)) {
    walk(unwrap(lookup.receiver.node).arguments[0], (n) => {
      const prop = n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression' ? staticPropertyName(n) : null;
      if (prop !== null) fields.add(prop);
      return true;
    });
  }
  for (const condition of lookup.conditions) {
    walk(condition, (n) => {
      if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression')) {
        const prop = staticPropertyName(n);
        if (prop !== null) fields.add(prop);
      }
      if (n.type === 'Identifier' && names.includes(n.name) && lookup.elementName === null) fields.add(n.name);
      return true;
    });
  }
  return [...fields];
}

function nanAssumption(ctx: TransformContext, lookup: Lookup, evidence: Evidence): string | null {
  if (!STRICT_EQUALITY_KINDS.has(lookup.kind)) return null;
  const value = unwrap(lookup.value);
  if (value.type === 'StringLiteral' || value.type === 'TemplateLiteral' || value.type === 'BooleanLiteral') return null;
  if (lookup.keyPath.length === 0 && lookup.keyNode === null && !evidence.elementsMayBeNaN) return null;
  const oracle = ctx.types();
  if (oracle) {
    const valueFacts = factsOf(ctx, lookup.value);
    if (valueFacts && valueFacts.kind !== 'unknown' && !valueFacts.mayBeNaN) return null;
    const keyFacts = lookup.keyNode ? factsOf(ctx, lookup.keyNode) : null;
    if (keyFacts && keyFacts.kind !== 'unknown' && !keyFacts.mayBeNaN) return null;
  }
  return 'the keys compared are never NaN (=== never matches NaN; a Map or Set does)';
}

function factsOf(ctx: TransformContext, node: AnyNode) {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return null;
  return oracle.factsAt(node.start, node.end);
}

const NULLISH_TEXT = /\b(null|undefined|any|unknown)\b/;

/**
 * Work moves out of the loop: the index reads every element's key up front (even when the loop
 * never runs), and the looked-up value is read even when the collection is empty. Both are fine
 * unless a read throws: types rule that out, otherwise it is an assumption.
 */
function throwAssumptions(ctx: TransformContext, lookup: Lookup, name: string, literalLength?: number): string[] {
  const out: string[] = [];
  const readsElements = lookup.keyPath.length > 0 || lookup.conditions.length > 0;
  if (readsElements) {
    const elementFacts = factsOf(ctx, lookup.receiver.node);
    const nested = lookup.keyNode ? memberObjects(lookup.keyNode).slice(1) : [];
    const nestedOk = nested.every((n) => isNonNullish(factsOf(ctx, n)));
    const elementOk = elementFacts?.kind === 'array' && elementFacts.element && !NULLISH_TEXT.test(elementFacts.element.text);
    if (!elementOk) out.push(`no element of ${name} is null or undefined (the index reads every element's key up front)`);
    if (!nestedOk && lookup.keyNode) out.push(`reading ${sourceText(ctx, lookup.keyNode)} does not throw for any element of ${name} (the index reads every element's key up front)`);
    // `u.id === v && u.meta.ok`: the original checks the condition only until the first match (or only
    // on matching elements); the index checks it on every element.
    const conditionReads = lookup.conditions.flatMap(memberObjects).filter((n) => !(n.type === 'Identifier' && n.name === lookup.elementName));
    if (conditionReads.some((n) => !isNonNullish(factsOf(ctx, n)))) {
      const text = lookup.conditions.map((c) => sourceText(ctx, c)).join(' && ');
      out.push(`${text} does not throw for any element of ${name} (the index checks it on every element up front)`);
    }
  }
  const reads = memberObjects(lookup.value);
  const unsafe = reads.filter((n) => !isNonNullish(factsOf(ctx, n)));
  // A literal written in place with elements is never empty: the value was read in the original too.
  if (unsafe.length > 0 && !(literalLength && literalLength > 0)) out.push(`reading ${sourceText(ctx, lookup.value)} does not throw (it is now read even when ${name} is empty)`);
  return out;
}

function isNonNullish(facts: ReturnType<typeof factsOf>): boolean {
  return !!facts && facts.kind !== 'unknown' && !NULLISH_TEXT.test(facts.text);
}

/** The objects whose properties an expression reads: `a.b.c` -> [a, a.b] (outermost first). */
function memberObjects(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  walk(node, (n) => {
    if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && !n.optional) out.push(n.object);
    return !isFunctionLike(n) || n === node;
  });
  return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0));
}

function isFunctionLike(n: AnyNode): boolean {
  return n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression';
}

/** Parameters of the functions written inside `node` (a mapping callback's `u`): names of its own. */
function nestedParams(node: AnyNode): string[] {
  const names: string[] = [];
  walk(node, (n) => {
    if (isFunctionNode(n)) names.push(...n.params.flatMap(patternNames));
    return true;
  });
  return names;
}


