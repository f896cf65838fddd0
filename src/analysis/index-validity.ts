/**
 * The one question every "build an index once, before the loop" rewrite asks: does an index built
 * from this collection just before `region` still describe it at every use inside `region`?
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, walk, type AnyNode, type NodePath } from './ast';
import { collectionStability, describe } from './mutation';
import { argumentsMayRebind, changedByOwnMethod, changesThroughAliases, collectionTestedIn } from './hazards';
import { readsWrites } from './scope';

export type IndexValidity =
  /** Something in the region changes the collection (or may, with certainty enough to refuse). */
  | { stale: string }
  /** Valid, provided each assumption holds (none: proven). */
  | { stale?: undefined; assumptions: string[] };

/**
 * Checks, for the collection named at `receiverPath` (an identifier or a member chain): changes in
 * the region and in functions it may call, changes through aliases and holders, the loop testing the
 * collection itself (so it may be missing where the index is built), `arguments` rebinding a
 * parameter, and methods of the same class changing `this.x`.
 */
export function indexStaysValid(j: JSCodeshift, receiverPath: NodePath, region: NodePath): IndexValidity {
  const stability = collectionStability(j, receiverPath, region);
  if (stability.mutations.length > 0) return { stale: stability.mutations[0].detail };
  const tested = collectionTestedIn(region.node, receiverPath.node);
  if (tested) {
    return { stale: `the loop tests ${describe(receiverPath.node)} itself (${tested}): it may be missing or not an Array before the loop, where the index is built` };
  }
  const viaAlias = changesThroughAliases(j, receiverPath, region);
  if (viaAlias.length > 0) return { stale: viaAlias[0] };
  const rebinds = argumentsMayRebind(receiverPath, region.node);
  if (rebinds) return { stale: `${rebinds}: it may reassign the parameter ${describe(receiverPath.node)}` };
  const byMethod = changedByOwnMethod(receiverPath, region.node);
  if (byMethod) return { stale: byMethod };
  return { assumptions: stability.assumptions };
}

/** Whether running `node` may suspend (await, for await, yield) and let other code run meanwhile. */
export function suspends(node: AnyNode): boolean {
  if (readsWrites(node).hasAwait) return true;
  let found = false;
  walk(node, (n) => {
    if (n.type === 'YieldExpression') found = true;
    // A nested generator's yields suspend it, not this code; a nested async function's awaits are caught above.
    return !found && !(n !== node && isFunctionNode(n) && !n.async);
  });
  return found;
}
