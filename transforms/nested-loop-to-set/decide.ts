/**
 * The decision on one scan: skip (with the reason), safe, or review (with the assumptions in words).
 */
import type { Decision, TransformContext } from '../../src/engine/types';
import { unwrap, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { collectionEvidence, type Evidence } from '../../src/analysis/evidence';
import { findKeyWrites, describe, unknownCalls } from '../../src/analysis/mutation';
import { isSideEffectFree } from '../../src/analysis/purity';
import { indexStaysValid } from '../../src/analysis/index-validity';
import { hiddenCallAssumption } from '../../src/analysis/hidden-calls';
import { arrayAssumption, minLiteralSize, tooSmallReason, type CollectionSource, type Scan } from '../../src/analysis/lookup-index';


const NOT_ARRAY: Record<string, string> = {
  string: 'is a string: includes/indexOf there is a substring search',
  set: 'is already a Set',
  map: 'is a Map',
  'typed-array': 'is a typed array',
  other: 'is not an Array',
};

export interface Verdict {
  decision: Decision;
  /** The region the collection must stay unchanged in. */
  evidence?: Evidence;
}

function mayBeNaNByTypes(ctx: TransformContext, node: AnyNode): boolean {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return true;
  const facts = oracle.factsAt(node.start, node.end);
  return !facts || facts.kind === 'unknown' || facts.mayBeNaN;
}

/** Whether reading the key runs a getter (by types). */
function readsGetter(ctx: TransformContext, node: AnyNode): boolean {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return false;
  return !!oracle.factsAt(node.start, node.end)?.accessor;
}

function knownByTypes(ctx: TransformContext, node: AnyNode): boolean {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return false;
  const facts = oracle.factsAt(node.start, node.end);
  return !!facts && facts.kind !== 'unknown';
}

/** "xs.push(…) changes xs" -> "… while the Set would be in use" (a reason that already says when stays as it is). */
function staleReason(stale: string): string {
  return /before the loop|index is built/.test(stale) ? stale : `${stale} while the Set would be in use`;
}

/** Scans that skip the holes of a sparse array (a Set built from it sees them as undefined). */
const SKIPS_HOLES = new Set(['indexOf', 'some']);

/** Whether the value looked up may be undefined (a hole would then match in a Set built from the array). */
function mayBeUndefined(ctx: TransformContext, node: AnyNode): boolean {
  const n = unwrap(node);
  if (['StringLiteral', 'NumericLiteral', 'BooleanLiteral', 'TemplateLiteral', 'NullLiteral'].includes(n?.type)) return false;
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return true;
  const facts = oracle.factsAt(node.start, node.end);
  return !facts || facts.kind === 'unknown' || /\b(undefined|any|unknown|void)\b/.test(facts.text) || facts.text.includes('?');
}

/**
 * How the Set must be built to answer exactly what the scan answered: without NaN when the scan
 * compared with `===` and both sides may be NaN; skipping holes when the scan skipped them, the
 * collection is not proven dense and the value may be undefined.
 */
export function exactness(ctx: TransformContext, scan: Scan, source: CollectionSource): { excludeNaN: boolean; skipHoles: boolean; assumption?: string } {
  const evidence = collectionEvidence(ctx, scan.collectionPath);
  const elementNaN = scan.key ? mayBeNaNByTypes(ctx, scan.key.keyNode) : evidence.elementsMayBeNaN;
  const nanPossible = scan.strict && elementNaN && mayBeNaNByTypes(ctx, scan.value);
  const dense = source.literal || (source.call && source.mappedKeys.length === 0) || !!evidence.dense;
  const skipHoles = SKIPS_HOLES.has(scan.form) && !dense && mayBeUndefined(ctx, scan.value);
  // In TypeScript without the checker, `set.delete(NaN)` may not type-check (a Set<Id> where Id is
  // a string alias): there the NaN case stays an assumption in words.
  // (An element type written as the keyword `number` accepts NaN: deleting it type-checks.)
  const numberElements = !scan.key && evidence.elementsPrimitive && evidence.elementsMayBeNaN;
  if (nanPossible && isTypeScript(ctx) && !ctx.types() && !numberElements) {
    const text = describe(scan.collectionPath.node);
    const what = scan.key ? `no .${scan.key.names.join('.')} of the elements of ${text}` : `no element of ${text}`;
    return { excludeNaN: false, skipHoles, assumption: `${what} is NaN (=== never matches NaN, a Set does)` };
  }
  return { excludeNaN: nanPossible, skipHoles };
}

function isTypeScript(ctx: TransformContext): boolean {
  return !!ctx.filePath && /\.(ts|tsx|mts|cts)$/i.test(ctx.filePath);
}

/**
 * Decides one scan. `region` is the statement the Set is built before (or the whole module for a
 * module constant): the collection must keep its contents from there to the scan's last use.
 */
export function decideScan(ctx: TransformContext, scan: Scan, source: CollectionSource, region: NodePath): Decision {
  const { j } = ctx;
  const text = describe(scan.collectionPath.node);
  const evidence = collectionEvidence(ctx, scan.collectionPath);
  if (evidence.kind !== 'array' && evidence.kind !== 'unknown') {
    return { kind: 'skip', reason: `${text} ${NOT_ARRAY[evidence.kind] ?? 'is not an Array'} (${evidence.reason})` };
  }
  const length = evidence.literalLength;
  if (length !== undefined && length < minLiteralSize('membership')) {
    // `let seen = []` filled by the loop itself (a dedupe): its size is not the literal's, its change is the reason.
    const validity = source.base ? indexStaysValid(j, source.base, region) : null;
    if (validity?.stale !== undefined) return { kind: 'skip', reason: staleReason(validity.stale) };
    const what = source.literal ? 'the array literal' : text;
    return { kind: 'skip', reason: tooSmallReason(what, length, 'membership') };
  }

  const assumptions: string[] = [...(evidence.assumptions ?? [])];
  const typed = evidence.by === 'types';
  if (source.base) {
    const validity = indexStaysValid(j, source.base, region);
    if (validity.stale !== undefined) return { kind: 'skip', reason: staleReason(validity.stale) };
    assumptions.push(...validity.assumptions);
    const hidden = hiddenCallAssumption(j, ctx.types(), source.base, region, describe, describe(source.base.node));
    if (hidden) assumptions.push(hidden);
  }
  const keyNames = [...(scan.key?.names ?? []), ...source.mappedKeys];
  if (keyNames.length > 0) {
    const writes = findKeyWrites(region.node, keyNames);
    if (writes.length > 0) return { kind: 'skip', reason: `${writes[0].detail} while the Set of keys would be in use` };
  }

  if (source.call && !typed && source.base && source.mappedKeys.length === 0) {
    assumptions.push(`${describe(source.base.node)} is not null or undefined when the loop starts`);
  }
  if (!evidence.strong) {
    const arrayText = source.call && source.base ? describe(source.base.node) : text;
    assumptions.push(scan.form === 'loop'
      ? `${arrayText} is an Array (a for-of loop over another iterable may yield different values)`
      : arrayAssumption(arrayText, scan.form, 'Set'));
  }

  // Keys read from the elements once up front rather than during the scan.
  if (scan.key || source.mappedKeys.length > 0) {
    // A mapped key (`b.map((y) => y.id)`) is known only when the element type is (not `any`).
    const keyed = scan.key ? knownByTypes(ctx, scan.key.keyNode) : typed && (!source.mappedBody || knownByTypes(ctx, source.mappedBody));
    if (!typed || !keyed) {
      assumptions.push(`the elements of ${describe(source.base?.node ?? scan.collectionPath.node)} are objects whose .${keyNames.join('.')} can be read without side effects`);
    }
    if (typed && keyed && scan.key && readsGetter(ctx, scan.key.keyNode)) {
      assumptions.push(`reading .${keyNames.join('.')} (a getter) has no side effects: the Set reads it once per element up front`);
    }
    const calls = unknownCalls(region.node);
    if (typed && keyed && calls.length > 0) {
      assumptions.push(`the calls made inside the loop (${calls.slice(0, 3).join(', ')}) do not change .${keyNames.join('.')} on the elements`);
    }
  }

  // The value was read once per inner element (possibly never); now it is read once.
  if (scan.valuePerElement && unwrap(scan.value).type !== 'Identifier') {
    if (!isSideEffectFree(scan.value)) return { kind: 'skip', reason: `${describe(scan.value)} has side effects and runs once per inner element` };
    if (!knownByTypes(ctx, scan.value)) assumptions.push(`reading ${describe(scan.value)} has no side effects and does not throw`);
  }

  return assumptions.length === 0 ? { kind: 'safe' } : { kind: 'review', assumptions };
}
