/**
 * THE threshold table of the lookup-index core: below how many elements a linear scan is as fast
 * as building an index and probing it. One table for every transform that builds a Set or Map, so
 * one site gets one answer. Each row says which benchmark sweep it comes from (bench/, the sweeps
 * over the collection size m and the lookups per index k; docs/benchmarks.md).
 *
 * Only literal collections are compared with these numbers: their size is known where the code is.
 */
export interface LiteralThreshold {
  /** Literal collections with fewer elements are left alone. */
  minElements: number;
  /** Where the number comes from. */
  source: string;
}

export type IndexForm = 'membership' | 'keyed';

export const LOOKUP_THRESHOLDS: Readonly<Record<IndexForm, LiteralThreshold>> = {
  // `xs.filter(x => LIT.includes(x))` and friends: Set.has against a scan of the literal. The
  // small-allow-list sweep (1000 items against m) ties at m = 4 and wins clearly (~1.5x) from m = 6.
  membership: { minElements: 6, source: 'bench/nested-loop-to-set.bench.ts, small-allow-list sweep' },
  // `LIT.find(e => e.k === v)` and friends: Map.get against a scan with a callback per element.
  // The small-find-in-for-of sweep (1000 lookups among m) ties at m = 2 and wins in every run from m = 4.
  keyed: { minElements: 4, source: 'bench/array-lookup-to-map.bench.ts, small-find-in-for-of sweep' },
};

/** The smallest literal worth indexing for a lookup of this form. */
export function minLiteralSize(form: IndexForm): number {
  return LOOKUP_THRESHOLDS[form].minElements;
}

/** The skip reason for a literal below the threshold, in one sentence. */
export function tooSmallReason(what: string, length: number, form: IndexForm): string {
  const min = minLiteralSize(form);
  return `${what} has ${length} ${length === 1 ? 'element' : 'elements'}: below ${min} a linear scan is as fast as building a ${form === 'membership' ? 'Set' : 'Map'}`;
}

/**
 * The assumption an index built before the loop rests on when nothing proves the collection an
 * Array. It says what changes otherwise: `new Set(undefined)` is empty where `undefined.includes`
 * threw, `new Set(5)` throws even when the loop would have run zero times.
 */
export function arrayAssumption(name: string, method: string, container: 'Set' | 'index'): string {
  return `${name} is an Array (not undefined, a string or an object with its own ${method}()): the ${container} is built before the loop, even when the loop runs zero times`;
}
