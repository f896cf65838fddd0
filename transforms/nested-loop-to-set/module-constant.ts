/**
 * A module-level constant array used through includes/indexOf from functions, outside any loop
 * of theirs: the loop is the callers' (`isReservedWord(w)` called per token). When the constant
 * is past the crossover, a Set built once at module load, right after it, answers every call.
 * Below the crossover (a few elements) a scan is faster than a Set lookup, and it stays.
 */
import type { Decision, TransformContext } from '../../src/engine/types';
import { withoutParens, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { collectionCount } from '../../src/analysis/lookup-cost';
import { minSizeToPay } from '../../src/analysis/lookup-index/thresholds';
import { owningFunction, releaseName } from '../../src/analysis/naming';
import { setBuildStatements, type CollectionSource, type Scan } from '../../src/analysis/lookup-index';

export interface ModuleConstantTools {
  moduleConstant(ctx: TransformContext, source: CollectionSource): NodePath | null;
  decide(ctx: TransformContext, scan: Scan, source: CollectionSource, region: NodePath): Decision;
  setNameFor(ctx: TransformContext, scan: Scan, at: NodePath): string;
  exactness(ctx: TransformContext, scan: Scan, source: CollectionSource): { excludeNaN: boolean; skipHoles: boolean };
  scanText(scan: Scan): string;
}

/** Handles a scan that is in no loop of its own function. */
export function handleModuleConstantScan(
  ctx: TransformContext, scan: Scan, source: CollectionSource, built: Map<AnyNode, Map<string, string>>, tools: ModuleConstantTools,
): void {
  const { j } = ctx;
  // A key Set at module level would outlive calls that hand elements out (see the keyed rule).
  if (scan.key || source.mappedKeys.length > 0 || source.literal || source.call) return;
  if (owningFunction(scan.path).type === 'Program') return; // runs once, at load
  const declaration = tools.moduleConstant(ctx, source);
  if (!declaration) return;
  const m = collectionCount(j, scan.collectionPath);
  const min = minSizeToPay('membership');
  if (!m) return;
  if (min === null || m.count < min) {
    ctx.decide(scan.path.node, { kind: 'skip', reason: `${m.from} has ${m.count} elements: below ${min} a scan is faster than a Set lookup` }, { message: '' });
    return;
  }
  const decision = tools.decide(ctx, scan, source, declaration.parent);
  if (decision.kind === 'skip') {
    ctx.decide(scan.path.node, decision, { message: '' });
    return;
  }
  const builtHere = built.get(declaration.node) ?? new Map<string, string>();
  const exact = tools.exactness(ctx, scan, source);
  const collectionKey = `${j(scan.collectionPath.node).toSource()}|||${exact.excludeNaN}|${exact.skipHoles}`;
  const existing = builtHere.get(collectionKey);
  const name = existing ?? tools.setNameFor(ctx, scan, declaration);
  const message = `Replaced ${tools.scanText(scan)} with ${name}.has(…), a Set built once at module level (the loop is the callers').`;
  const complexity = {
    before: 'O(m) per call', after: 'O(1) per call',
    pays: `${m.from} has ${m.count} elements, past the measured crossover of ${min}: a Set built once per module load answers every call`,
  };
  if (!ctx.decide(scan.path.node, decision, { message, complexity })) {
    if (!existing) releaseName(declaration, name);
    return;
  }
  scan.replace(j, j.callExpression(j.memberExpression(j.identifier(name), j.identifier('has')), [scan.value]));
  if (existing) return;
  // The core writes the Set exactly as the scan compared (NaN left out for indexOf, holes).
  const statements = setBuildStatements(j, { name, collection: withoutParens(scan.collectionPath.node), mapper: null, ...exact });
  [...statements].reverse().forEach((statement) => declaration.insertAfter(statement));
  builtHere.set(collectionKey, name);
  built.set(declaration.node, builtHere);
}
