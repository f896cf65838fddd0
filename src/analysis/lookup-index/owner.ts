/**
 * One owner for a site both Set/Map transforms could claim. A membership test (`xs.includes(v)`,
 * `xs.indexOf(v) !== -1`, `xs.some((x) => x.k === v)` with nothing else in the predicate, an inner
 * loop that breaks at the first equal element) over a collection the Set builder can copy belongs
 * to nested-loop-to-set; every other lookup (find, findIndex, filter, counts, positions, and
 * membership tests over shapes only the Map builder handles, such as `xs.filter(f).includes(v)` or
 * a `some` with extra conditions) belongs to array-lookup-to-map.
 */
import type { NodePath } from '../ast';
import { collectionSource } from './collection';
import { matchIncludes, matchIndexOf, matchInnerLoop, matchSome, type Match } from './membership-shapes';

export const MEMBERSHIP_OWNER = 'nested-loop-to-set';
export const KEYED_OWNER = 'array-lookup-to-map';

const MATCHERS: Record<string, (path: NodePath) => Match> = {
  CallExpression: (path) => matchIncludes(path) ?? matchSome(path),
  BinaryExpression: matchIndexOf,
  ForOfStatement: matchInnerLoop,
  ForStatement: matchInnerLoop,
};

/** The membership test at `path` (a scan, or a shape recognised but refused with a reason), or null. */
export function membershipAt(path: NodePath): Match {
  const matcher = MATCHERS[path.node.type];
  const match = matcher ? matcher(path) : null;
  if (!match) return null;
  const collectionPath = 'scan' in match ? match.scan.collectionPath : match.refusal.collectionPath;
  return collectionSource(collectionPath) ? match : null;
}

/**
 * Whether the lookup call at `callPath` is a membership test nested-loop-to-set owns (checked on
 * the call, and on the comparison around an `indexOf` call).
 */
export function ownedByMembership(callPath: NodePath): boolean {
  if (membershipAt(callPath)) return true;
  const parent = callPath.parent;
  return parent?.node.type === 'BinaryExpression' && !!membershipAt(parent);
}
