import type { PerfTransform, TransformContext } from '../src/engine/types';
import { jscodeshiftEntry } from '../src/engine/jscodeshift-entry';
import { enclosingLoop, releaseName, type AnyNode, type NodePath } from '../src/analysis';
import { insertIndexes, ownedByMembership } from '../src/analysis/lookup-index';
import { findPaths } from '../src/analysis/fast-find';
import { isLookup, recogniseLookup, type Lookup } from './array-lookup-to-map/shapes';
import { decideLookup, sourceText, type Plan } from './array-lookup-to-map/decide';
import { buildIndex, parseStatements, replacement, type IndexPlan } from './array-lookup-to-map/build';
import { rewriteRankLookups } from './array-lookup-to-map/rank';
import { isDedupeSearch } from '../src/analysis/lookup-index';

const COMPLEXITY = { before: 'O(n·m)', after: 'O(n+m)' };
const TS_FILE = /\.(ts|tsx|mts|cts)$/i;

export const transform: PerfTransform = {
  id: 'array-lookup-to-map',
  title: 'Lookups repeated inside a loop -> a Map/Set index built once',
  description:
    'Rewrites find/findIndex/findLast/findLastIndex/filter lookups by key (and indexOf used as a position) inside a loop '
    + 'into a Map or Set built once before the loop, keeping first/last-match semantics and missing-key results; '
    + 'plain membership tests belong to nested-loop-to-set (one lookup-index core).',
  safetyNotes:
    'safe when types prove an Array whose elements cannot be null and nothing in the loop can change it (NaN keys are left out of the index, exactly); '
    + 'otherwise review with each assumption stated; ==, ranges, side effects, mutation in the loop and non-arrays are never rewritten.',
  docs: 'docs/transforms/array-lookup-to-map.md',
  mightMatch: (source) => /\.(find|findIndex|findLast|findLastIndex|filter|some|includes|indexOf)\s*\(/.test(source),
  run(ctx) {
    const { root } = ctx;
    // Rank lookups in module constants first: one Map at module level beats one per call.
    rewriteRankLookups(ctx);
    const plans: Plan[] = [];
    findPaths(root, (node) => node.type === 'CallExpression').forEach((path: NodePath) => {
      // Membership tests over collections a Set can copy are nested-loop-to-set's (one owner per site).
      if (ownedByMembership(path)) return;
      // The search inside a de-duplication by self-index belongs to nested-loop-to-set.
      if (isDedupeSearch(path)) return;
      const found = recogniseLookup(path);
      if (!found) return;
      if (!isLookup(found)) {
        if (enclosingLoop(path)) ctx.decide(path.node, { kind: 'skip', reason: found.reason }, { message: found.reason });
        return;
      }
      const verdict = decideLookup(ctx, found);
      if (!verdict) return;
      if ('skip' in verdict) {
        ctx.decide(path.node, { kind: 'skip', reason: verdict.skip }, { message: verdict.skip });
        return;
      }
      plans.push(verdict.plan);
    });
    applyPlans(ctx, plans);
  },
};

/** Rewrites the accepted lookups and inserts their indexes, one group of statements per loop. */
function applyPlans(ctx: TransformContext, plans: Plan[]): void {
  const typed = !!ctx.filePath && TS_FILE.test(ctx.filePath);
  // Indexes per insertion point (the loop statement), in source order; equal indexes are shared.
  const groups = new Map<AnyNode, { path: NodePath; indexes: IndexPlan[] }>();
  for (const plan of plans) {
    const { lookup } = plan;
    const built = buildIndex(ctx, lookup, typed, plan.placement.statement, plan.excludeNaN);
    if ('skip' in built) {
      ctx.decide(lookup.call.node, { kind: 'skip', reason: built.skip }, { message: built.skip });
      continue;
    }
    const anchor = plan.placement.statement.node;
    const group = groups.get(anchor) ?? { path: plan.loop.path, indexes: [] };
    const shared = group.indexes.find((i) => i.key === built.key);
    const index = shared ?? built;
    const complexity = { ...COMPLEXITY, ...(plan.pays.k !== null ? { k: plan.pays.k } : {}), pays: plan.pays.why };
    if (!ctx.decide(lookup.call.node, plan.decision, { message: message(ctx, lookup, index), complexity })) {
      if (!shared) releaseName(plan.placement.statement, built.name);
      continue;
    }
    if (!shared) group.indexes.push(built);
    groups.set(anchor, group);
    lookup.target.replace(replacement(ctx, lookup, index.name));
  }
  for (const { path, indexes } of groups.values()) {
    if (indexes.length === 0) continue;
    const statements = indexes.map((index) => ({ name: index.name, statements: parseStatements(ctx, index.code) }));
    if (!insertIndexes(ctx.j, path, statements)) {
      throw new Error('array-lookup-to-map: no place for the index although the decision found one');
    }
  }
}

function message(ctx: TransformContext, lookup: Lookup, index: IndexPlan): string {
  const method = lookup.kind === 'count' ? 'filter(…).length' : lookup.kind === 'contains' ? 'indexOf(…) compared with -1' : `${methodOf(lookup)}(…)`;
  return `${sourceText(ctx, lookup.receiver.node)}.${method} inside the loop now reads ${index.name}, a ${index.container} built once before the loop.`;
}

function methodOf(lookup: Lookup): string {
  return lookup.call.node.callee.property?.name ?? lookup.kind;
}

export default jscodeshiftEntry(transform);
