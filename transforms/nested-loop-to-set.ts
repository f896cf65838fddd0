import type { Decision, PerfTransform, TransformContext } from '../src/engine/types';
import { jscodeshiftEntry } from '../src/engine/jscodeshift-entry';
import { isFunctionNode, walk, withoutParens, type AnyNode, type NodePath } from '../src/analysis/ast';
import { findPaths, isAttached } from '../src/analysis/fast-find';
import { patternNames } from '../src/analysis/functions';
import { functionContextDiffers, nameChangesDuring } from '../src/analysis/stable-names';
import { readsFunctionContext } from '../src/analysis/functions';
import { enclosingLoop, iterationRunsImmediately, loopsBetween, namesRead, type LoopInfo } from '../src/analysis/loops';
import { placementFor } from '../src/analysis/insert';
import { suspends } from '../src/analysis/index-validity';
import { indexPays } from '../src/analysis/lookup-cost';
import { describe, findMutations } from '../src/analysis/mutation';
import { releaseName } from '../src/analysis/naming';
import { bindingScope } from '../src/analysis/scope';
import { collectionSource, freshIndexName, insertIndexes, setBuildStatements, invariantIn, membershipAt, variance, type CollectionSource, type Match, type Scan } from '../src/analysis/lookup-index';
import { decideScan, exactness } from './nested-loop-to-set/decide';
import { rewriteDedupes } from './nested-loop-to-set/dedupe';
import { rewriteSeenLists } from './nested-loop-to-set/seen-list';
import { handleModuleConstantScan } from './nested-loop-to-set/module-constant';

const COMPLEXITY = { before: 'O(n·m)', after: 'O(n+m)' };

const SCAN_TYPES = new Set(['CallExpression', 'BinaryExpression', 'ForOfStatement', 'ForStatement']);

/**
 * The scans in source order, each looked at once. One walk collects the candidates; a rewrite
 * changes the tree only around its own scan, so later candidates stay where they were. A candidate
 * whose path no longer leads to its node (a rewrite replaced something above it) restarts the walk
 * from the top, which finds it wherever it now is (or not, when it was removed).
 */
function* scansInOrder(ctx: TransformContext, seen: WeakSet<object>): Generator<{ path: NodePath; match: NonNullable<Match> }> {
  const mayBeScan = (node: AnyNode) => SCAN_TYPES.has(node.type);
  let queue = findPaths(ctx.root, mayBeScan);
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i];
    if (seen.has(path.node)) continue;
    if (!isAttached(path)) {
      queue = findPaths(ctx.root, mayBeScan);
      i = -1;
      continue;
    }
    seen.add(path.node);
    const match = membershipAt(path);
    if (match) yield { path, match };
  }
}

/** The outermost enclosing loop the collection does not change in (the Set is built before it). */
function hoistingLoop(scan: Scan): LoopInfo | null {
  let loop = enclosingLoop(scan.path);
  if (!loop || !invariantIn(scan.collectionPath, loop)) return null;
  for (let outer = enclosingLoop(loop.path); outer && invariantIn(scan.collectionPath, outer); outer = enclosingLoop(outer.path)) {
    loop = outer;
  }
  return loop;
}

/**
 * The module-level statement declaring the collection, when it is a `const` of this module that
 * nothing changes or hands out: its Set can be built once, right after it, for every call.
 */
function moduleConstant(ctx: TransformContext, source: CollectionSource): NodePath | null {
  const base = source.base;
  if (!base || base.node.type !== 'Identifier') return null;
  const name = base.node.name;
  const scope = bindingScope(base, name);
  if (!scope || scope.node.type !== 'Program') return null;
  const decls = scope.getBindings()[name] ?? [];
  if (decls.length !== 1) return null;
  const declaration = decls[0].parent?.parent;
  if (declaration?.node.type !== 'VariableDeclaration' || declaration.node.kind !== 'const' || declaration.parent?.node.type !== 'Program') return null;
  // `declare const` only describes a global that other code defines (and may change or define later).
  if (declaration.node.declare) return null;
  const program = declaration.parent;
  return findMutations(ctx.j, program, name, scope).length === 0 ? declaration : null;
}

function setNameFor(ctx: TransformContext, scan: Scan, at: NodePath): string {
  return freshIndexName(ctx.j, at, { collection: scan.collectionPath.node, role: 'set', keyPath: scan.key?.names ?? [], value: scan.value });
}

function scanText(scan: Scan): string {
  const collection = describe(scan.collectionPath.node);
  switch (scan.form) {
    case 'includes': return `${collection}.includes(…)`;
    case 'indexOf': return `the ${collection}.indexOf(…) comparison`;
    case 'some': return `${collection}.some(…)`;
    case 'loop': return `the inner loop over ${collection}`;
  }
}

/** Adds assumptions to a decision: a safe one becomes review. */
function withAssumptions(decision: Decision, assumptions: string[]): Decision {
  if (decision.kind === 'skip' || assumptions.length === 0) return decision;
  return { kind: 'review', assumptions: [...(decision.kind === 'review' ? decision.assumptions : []), ...assumptions] };
}

function handle(ctx: TransformContext, scan: Scan, built: Map<AnyNode, Map<string, string>>): void {
  const { j } = ctx;
  const source = collectionSource(scan.collectionPath);
  if (!source) return;
  const inner = enclosingLoop(scan.path);
  // Not repeated here: a module constant may still be scanned once per call by a caller's loop.
  if (!inner) {
    handleModuleConstantScan(ctx, scan, source, built, { moduleConstant, decide: decideScan, setNameFor, scanText, exactness });
    return;
  }
  const varies = variance(scan.collectionPath, inner);
  if (varies && varies !== 'per-iteration') {
    ctx.decide(scan.path.node, { kind: 'skip', reason: `${varies.assigned} is assigned inside the loop: a Set built before it would go stale` }, { message: '' });
    return;
  }
  const loop = hoistingLoop(scan);
  // The collection depends on the loop's own element: a different shape, not a missed rewrite.
  if (!loop) return;

  // Names the collection expression reads besides its own callback parameters (`field` in
  // `b.map((y) => y[field])`, the variables of a literal): the Set reads them once.
  const ownParams = new Set<string>();
  walk(scan.collectionPath.node, (n) => {
    if (isFunctionNode(n)) n.params.flatMap(patternNames).forEach((p: string) => ownParams.add(p));
    return true;
  });
  const readNames = [...namesRead(scan.collectionPath.node)].filter((n) => !ownParams.has(n));
  // At module level only the constant itself and globals are in scope.
  const moduleLevel = readNames.every((n) => n === source.base?.node.name || !bindingScope(scan.path, n));
  // A Set of keys at module level would outlive every call: an element handed out by the module
  // (`return ITEMS[i]`) may get its key changed by the caller in between. Keys go before the loop.
  const keyed = !!scan.key || source.mappedKeys.length > 0;
  const declaration = moduleLevel && !keyed ? moduleConstant(ctx, source) : null;
  const placement = declaration ? null : placementFor(loop.path);
  if (!declaration && !placement) {
    ctx.decide(scan.path.node, { kind: 'skip', reason: 'there is no statement before the loop to build the Set in' }, { message: '' });
    return;
  }
  if (placement?.conditional && source.call) {
    ctx.decide(scan.path.node, { kind: 'skip', reason: `building the collection would run even when the loop does not (${placement.conditional})` }, { message: '' });
    return;
  }
  if (placement && suspends(placement.statement.node)) {
    ctx.decide(scan.path.node, { kind: 'skip', reason: 'the loop awaits or yields: other code may change the collection while it is suspended' }, { message: '' });
    return;
  }
  const immediacy = iterationRunsImmediately(ctx, loopsBetween(scan.path, loop));
  if (immediacy.skip) {
    ctx.decide(scan.path.node, { kind: 'skip', reason: immediacy.skip }, { message: '' });
    return;
  }
  const region = declaration ? declaration.parent : placement!.statement;
  if (readsFunctionContext(scan.collectionPath.node) && functionContextDiffers(scan.path, region)) {
    ctx.decide(scan.path.node, { kind: 'skip', reason: `${describe(scan.collectionPath.node)} reads this/arguments of a function callback: before the loop they are another function's` }, { message: '' });
    return;
  }
  const nameAssumptions: string[] = [];
  for (const n of declaration ? [] : readNames) {
    const change = nameChangesDuring(j, scan.path, n, region);
    if (change && 'stale' in change) {
      ctx.decide(scan.path.node, { kind: 'skip', reason: `the Set would read ${n} once before the loop, but ${change.stale}` }, { message: '' });
      return;
    }
    if (change) nameAssumptions.push(change.assumption);
  }
  const exact = exactness(ctx, scan, source);
  const decision = withAssumptions(decideScan(ctx, scan, source, region), [...immediacy.assumptions, ...nameAssumptions, ...(exact.assumption ? [exact.assumption] : [])]);
  // Correct but pointless is the second worst rewrite: only where the lookups repay the build.
  const cost = decision.kind === 'skip' ? null : indexPays(j, {
    form: 'membership', lookup: scan.path, value: scan.value, loop, buildAt: declaration ?? placement!.statement,
    moduleLevel: !!declaration, collection: scan.collectionPath,
  }, loopsBetween(scan.path, loop));
  if (cost && !cost.pays) {
    ctx.decide(scan.path.node, { kind: 'skip', reason: cost.reason }, { message: '' });
    return;
  }

  const place: AnyNode = declaration ? declaration.node : placement!.statement.node;
  const builtHere = built.get(place) ?? new Map<string, string>();
  const collectionKey = `${j(scan.collectionPath.node).toSource()}|${scan.key?.names.join('.') ?? ''}|${source.literal ? scan.collectionPath.node.start : ''}|${exact.excludeNaN}|${exact.skipHoles}`;
  const existing = builtHere.get(collectionKey);
  const at = declaration ?? placement!.statement;
  const name = existing ?? setNameFor(ctx, scan, at);
  const message = `Replaced ${scanText(scan)} with ${name}.has(…), a Set built once ${declaration ? 'at module level' : 'before the loop'}.`;
  const complexity = cost?.pays ? { ...COMPLEXITY, ...(cost.k !== null ? { k: cost.k } : {}), pays: cost.why } : COMPLEXITY;
  if (!ctx.decide(scan.path.node, decision, { message, complexity })) {
    if (!existing) releaseName(at, name);
    return;
  }

  // Casts stay: `(ALLOWED as readonly string[])` types the Set as the code typed the scan.
  const collection = withoutParens(scan.collectionPath.node);
  const statements = setBuildStatements(j, { name, collection, mapper: scan.key ? scan.key.mapper(j) : null, ...exact });
  const has = j.callExpression(j.memberExpression(j.identifier(name), j.identifier('has')), [scan.value]);
  scan.replace(j, has);
  if (existing) return;
  if (declaration) [...statements].reverse().forEach((statement) => declaration.insertAfter(statement));
  else insertIndexes(j, loop.path, [{ name, statements }]);
  builtHere.set(collectionKey, name);
  built.set(place, builtHere);
}

export const transform: PerfTransform = {
  id: 'nested-loop-to-set',
  title: 'Membership tests across two collections -> a Set built once',
  description: 'Rewrites scans of one collection inside a loop over another (includes, indexOf, some with ===, nested loops with break) into a Set built once before the loop: O(n·m) -> O(n+m).',
  safetyNotes: 'safe when the scanned collection is proven an Array and unchanged while the Set lives (NaN and holes are handled exactly); review (assumptions stated) without type or construction evidence; strings, == and loops without break are never touched.',
  docs: 'docs/transforms/nested-loop-to-set.md',
  mightMatch: (source) => /\.(includes|indexOf|some|filter)\s*\(|for\s*\(/.test(source),
  run(ctx) {
    // Seen-lists first: their includes become Set lookups, not scans of a changing list.
    rewriteSeenLists(ctx);
    const seen = new WeakSet<object>();
    const built = new Map<AnyNode, Map<string, string>>();
    for (const next of scansInOrder(ctx, seen)) {
      if ('refusal' in next.match) {
        // Only a scan that repeats over an unchanging collection is worth explaining.
        const { refusal } = next.match;
        const loop = enclosingLoop(refusal.path);
        if (loop && invariantIn(refusal.collectionPath, loop)) ctx.decide(refusal.path.node, { kind: 'skip', reason: refusal.reason }, { message: '' });
        continue;
      }
      handle(ctx, next.match.scan, built);
    }
    rewriteDedupes(ctx);
  },
};

export default jscodeshiftEntry(transform);
