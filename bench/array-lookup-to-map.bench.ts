import { keysAmong, overlappingNumbers, picks, range } from './lib/inputs';
import { defineBench } from './lib/types';

// n items looked up in a collection of m = n entries; about one lookup in ten misses. The
// quadratic "before" code is not run at 10^5 (minutes per size).
const SLOW_ABOVE = 10_000;

// The small-collection case: n = 1000 orders looked up in m users, one lookup in ten misses. It
// pins the size below which a literal collection is not worth a Map.
export const SMALL_SIZES = [2, 4, 6, 8, 12, 16, 32, 64];
export const SMALL_OUTER_N = 1_000;
// Tiny sizes are noisy: more alternating rounds, each sampled longer.
export const SMALL_MEASURE = { maxTime: 1.5, rounds: 4 };

/** n keys drawn from m = n known keys plus ~10% unknown ones. */
function keysWithMisses(n: number, seed: number): number[] {
  return picks(range(0, Math.ceil(n * 1.1)), n, seed);
}

/** Lookups per index (k, the outer count n) against collection sizes m. */
export const GRID = { n: [1, 2, 4, 8, 16, 32, 64, 128, 256, 1000], m: [1, 2, 4, 8, 16, 32, 64, 256, 1000] };
const GRID_MEASURE = { maxTime: 0.25, rounds: 2 };

export default defineBench({
  transform: 'array-lookup-to-map',
  cases: [
    {
      name: 'find-in-for-of',
      file: 'cases/array-lookup-to-map/find-in-loop.ts',
      entry: 'ordersWithUserNames',
      input: (n) => [
        keysWithMisses(n, 41).map((k, i) => ({ id: i, userId: `u${k}`, total: (i * 7) % 100 })),
        range(0, n).map((k) => ({ id: `u${k}`, name: `User ${k}` })),
      ],
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'find-index',
      file: 'cases/array-lookup-to-map/find-index.ts',
      entry: 'stockPositions',
      input: (n) => [
        keysWithMisses(n, 51).map((k, i) => ({ sku: `sku-${k}`, qty: 1 + (i % 5) })),
        range(0, n).map((k) => ({ sku: `sku-${k}`, onHand: k % 13 })),
      ],
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'filter-length-count',
      file: 'cases/array-lookup-to-map/filter-count.ts',
      entry: 'lineCounts',
      input: (n) => [
        range(0, n).map((id) => ({ id })),
        // m = n lines spread over the orders: some orders have several, some none.
        keysWithMisses(n, 61).map((orderId, i) => ({ orderId, qty: 1 + (i % 3) })),
      ],
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'some-with-condition',
      file: 'cases/array-lookup-to-map/some-with-condition.ts',
      entry: 'bannedSignups',
      input: (n) => {
        const [signups, banned] = overlappingNumbers(n, 71);
        return [signups.map((i) => `user${i}@example.com`), banned.map((i, k) => ({ email: `user${i}@example.com`, active: k % 4 !== 0 }))];
      },
      maxBeforeN: SLOW_ABOVE,
    },
    {
      // The rank list stays at 9 severities; n issues are sorted (n·log n comparisons).
      name: 'rank-comparator-9',
      file: 'cases/array-lookup-to-map/rank-comparator.ts',
      entry: 'bySeverity',
      input: (n) => [picks(['blocker', 'critical', 'major', 'high', 'medium', 'normal', 'low', 'minor', 'trivial', 'unknown'], n, 16).map((severity, id) => ({ id, severity }))],
    },
    {
      // The k×m sweep behind src/analysis/lookup-index/thresholds.ts (a Map by key): k orders looked
      // up per Map built, among m users, one in ten missing.
      name: 'grid-find',
      file: 'cases/array-lookup-to-map/find-in-loop.ts',
      entry: 'ordersWithUserNames',
      grid: GRID,
      measure: GRID_MEASURE,
      input: (k, m = 1) => [
        keysAmong(m, k, 0.1, 93).map((x, i) => ({ id: i, userId: `u${x}`, total: (i * 7) % 100 })),
        range(0, m).map((x) => ({ id: `u${x}`, name: `User ${x}` })),
      ],
    },
    {
      name: 'small-find-in-for-of',
      file: 'cases/array-lookup-to-map/find-in-loop.ts',
      entry: 'ordersWithUserNames',
      sizes: SMALL_SIZES,
      fixedN: SMALL_OUTER_N,
      measure: SMALL_MEASURE,
      input: (m) => [
        keysAmong(m, SMALL_OUTER_N, 0.1, 91).map((k, i) => ({ id: i, userId: `u${k}`, total: (i * 7) % 100 })),
        range(0, m).map((k) => ({ id: `u${k}`, name: `User ${k}` })),
      ],
    },
  ],
});
