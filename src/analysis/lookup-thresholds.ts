/**
 * The one table of crossovers every Set/Map rewrite decides by, measured by the k×m sweeps of
 * `npm run bench` (cases `grid-includes` of nested-loop-to-set: a Set of values; `grid-find` of
 * array-lookup-to-map: a Map by key). For each k (lookups per index built), `minM` is the smallest
 * collection size from which the index was faster at every larger measured size (null: never, up
 * to m = 1,000). `__tests__/lookup-cost.test.ts` derives the table from `bench/results/*.json`
 * again and fails when the two disagree: re-run the benchmark, then copy its crossovers here.
 */
export type IndexForm = 'set' | 'map';

export interface Crossover {
  k: number;
  minM: number | null;
}

export const CROSSOVERS: Record<IndexForm, Crossover[]> = {
  set: [
    { k: 1, minM: null }, { k: 2, minM: null }, { k: 4, minM: null }, { k: 8, minM: null }, { k: 16, minM: null },
    { k: 32, minM: null }, { k: 64, minM: 8 }, { k: 128, minM: 4 }, { k: 256, minM: 1 }, { k: 1000, minM: 8 },
  ],
  map: [
    { k: 1, minM: null }, { k: 2, minM: null }, { k: 4, minM: null }, { k: 8, minM: null }, { k: 16, minM: null },
    { k: 32, minM: 4 }, { k: 64, minM: 4 }, { k: 128, minM: 8 }, { k: 256, minM: 8 }, { k: 1000, minM: 4 },
  ],
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
  const rows = CROSSOVERS[form];
  let from: number | null = null;
  for (const r of rows) {
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
