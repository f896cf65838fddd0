/**
 * The lookup-index core: "index a collection once, look it up many times". Every transform that
 * builds a Set or Map uses it, so one site gets one answer, one name and one output:
 *
 * - `thresholds.ts`  LOOKUP_THRESHOLDS: the one table of literal sizes below which a scan wins.
 * - `owner.ts`       which transform owns a site both could claim (membership tests: nested-loop-to-set).
 * - `membership-shapes.ts`, `collection.ts`  the membership-test shapes and the collections a Set can copy.
 * - `naming.ts`      index names from the code's own words, in the collection's casing.
 * - `set-build.ts`   the statements that build a Set exactly as the original scan compared (NaN, holes).
 * - `place.ts`       where index statements go, in one canonical order above the loop.
 */
export * from './thresholds';
export * from './owner';
export * from './naming';
export * from './place';
export * from './set-build';
export { collectionSource, invariantIn, variance, type CollectionSource } from './collection';
export { matchIncludes, matchIndexOf, matchInnerLoop, matchSome, type Match, type Scan, type ScanForm, type KeyForm, type Refusal } from './membership-shapes';
export { matchDedupe, isDedupeSearch, type Dedupe } from './dedupe-shape';
export * from './type-names';
