/**
 * THE threshold table of the lookup-index core, for every transform that builds a Set or Map, so
 * one site gets one answer. It comes from the k×m sweeps of `npm run bench` (cases
 * `grid-includes` of nested-loop-to-set: a native scan (includes/indexOf) against a Set;
 * `grid-find` of array-lookup-to-map: a scan with a predicate per element (find by key) against
 * a Map). For each k (lookups per index built), `minM` is the smallest collection size from which
 * the index was faster at every larger measured size (null: never, up to m = 1,000).
 * `__tests__/lookup-cost.test.ts` derives the table from `bench/results/*.json` again and fails
 * when the two disagree: re-run the benchmark, then copy its crossovers here.
 *
 * `src/analysis/lookup-cost.ts` reads it with the lookups per build (k) and the collection size
 * (m) when the code fixes them; literal collections are compared with `minLiteralSize(form)`, the
 * crossover at the largest k (many lookups).
 */
export type IndexForm = 'membership' | 'keyed';

export interface Crossover {
  k: number;
  minM: number | null;
}

export const CROSSOVERS: Readonly<Record<IndexForm, readonly Crossover[]>> = {
  membership: [
    { k: 1, minM: null }, { k: 2, minM: null }, { k: 4, minM: null }, { k: 8, minM: null }, { k: 16, minM: null },
    { k: 32, minM: null }, { k: 64, minM: 8 }, { k: 128, minM: 4 }, { k: 256, minM: 1 }, { k: 1000, minM: 8 },
  ],
  keyed: [
    { k: 1, minM: null }, { k: 2, minM: null }, { k: 4, minM: null }, { k: 8, minM: null }, { k: 16, minM: null },
    { k: 32, minM: 4 }, { k: 64, minM: 4 }, { k: 128, minM: 8 }, { k: 256, minM: 8 }, { k: 1000, minM: 4 },
  ],
};

/** Where each form's numbers come from. */
export const THRESHOLD_SOURCES: Readonly<Record<IndexForm, string>> = {
  membership: 'bench/nested-loop-to-set.bench.ts, grid-includes k×m sweep',
  keyed: 'bench/array-lookup-to-map.bench.ts, grid-find k×m sweep',
};

/** The measured row for k: the largest measured k at or below it (a conservative reading). */
function rowFor(form: IndexForm, k: number): Crossover {
  const rows = CROSSOVERS[form];
  let row = rows[0];
  for (const r of rows) if (r.k <= k) row = r;
  return row;
}

/** Whether k lookups in m elements are past the crossover, with the measured point in words. */
export function crossoverAt(form: IndexForm, k: number, m: number): { pays: boolean; text: string } {
  const row = rowFor(form, k);
  if (row.minM === null) return { pays: false, text: `(at ${row.k} lookups per build the index never paid, up to 1,000 elements)` };
  return { pays: m >= row.minM, text: `(at ${row.k} lookups per build the index pays from ${row.minM} elements)` };
}

/** The fewest lookups per build from which the index pays at large collections (null: never). */
export function minLookupsToPay(form: IndexForm): number | null {
  let from: number | null = null;
  for (const r of CROSSOVERS[form]) {
    if (r.minM !== null) from ??= r.k;
    else from = null;
  }
  return from;
}

/** The smallest collection from which the index pays when lookups are many (the largest measured k). */
export function minSizeToPay(form: IndexForm): number | null {
  const rows = CROSSOVERS[form];
  return rows[rows.length - 1].minM;
}

export interface LiteralThreshold {
  /** Literal collections with fewer elements are left alone. */
  minElements: number;
  /** Where the number comes from. */
  source: string;
}

export const LOOKUP_THRESHOLDS: Readonly<Record<IndexForm, LiteralThreshold>> = {
  membership: { minElements: minSizeToPay('membership') ?? Infinity, source: THRESHOLD_SOURCES.membership },
  keyed: { minElements: minSizeToPay('keyed') ?? Infinity, source: THRESHOLD_SOURCES.keyed },
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
