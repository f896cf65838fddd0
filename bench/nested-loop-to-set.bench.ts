import { keysAmong, overlappingNumbers, picks, range, shuffled } from './lib/inputs';
import { defineBench } from './lib/types';

// Both collections have size n and share about half of their values. The quadratic "before"
// code is not run at 10^5 (minutes per size).
const SLOW_ABOVE = 10_000;

// The small-collection case: n = 1000 tags checked against an allow-list of m strings, half of
// them allowed. It pins the size below which a literal list is not worth a Set.
export const SMALL_SIZES = [2, 4, 6, 8, 12, 16, 32, 64];
export const SMALL_OUTER_N = 1_000;
// Tiny sizes are noisy: more alternating rounds, each sampled longer.
export const SMALL_MEASURE = { maxTime: 1.5, rounds: 4 };

/** Lookups per index (k, the outer count n) against collection sizes m. */
export const GRID = { n: [1, 2, 4, 8, 16, 32, 64, 128, 256, 1000], m: [1, 2, 4, 8, 16, 32, 64, 256, 1000] };
const GRID_MEASURE = { maxTime: 0.25, rounds: 2 };

export default defineBench({
  transform: 'nested-loop-to-set',
  cases: [
    {
      name: 'filter-includes',
      file: 'cases/nested-loop-to-set/filter-includes.ts',
      entry: 'sharedIds',
      input: (n) => overlappingNumbers(n, 11),
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'filter-some-by-id',
      file: 'cases/nested-loop-to-set/key-some.ts',
      entry: 'alreadyKnown',
      input: (n) => {
        const [incoming, known] = overlappingNumbers(n, 21);
        return [
          incoming.map((id) => ({ id, name: `in-${id}` })),
          known.map((id) => ({ id, name: `known-${id}` })),
        ];
      },
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'nested-for-of-break',
      file: 'cases/nested-loop-to-set/nested-for-of-break.ts',
      entry: 'commonWords',
      input: (n) => {
        const [text, dictionary] = overlappingNumbers(n, 31);
        return [text.map((i) => `word${i}`), shuffled(dictionary.map((i) => `word${i}`), 32)];
      },
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'dedupe-self-index',
      file: 'cases/nested-loop-to-set/dedupe-self-index.ts',
      entry: 'distinctIds',
      // About half of the ids repeat.
      input: (n) => [picks(range(0, Math.max(1, Math.floor(n / 2))), n, 12)],
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'dedupe-find-index',
      file: 'cases/nested-loop-to-set/dedupe-find-index.ts',
      entry: 'firstRowPerId',
      input: (n) => [picks(range(0, Math.max(1, Math.floor(n / 2))), n, 13).map((id, i) => ({ id, name: `r${i}` }))],
      maxBeforeN: SLOW_ABOVE,
    },
    {
      name: 'seen-list',
      file: 'cases/nested-loop-to-set/seen-list.ts',
      entry: 'distinctWords',
      input: (n) => [picks(range(0, Math.max(1, Math.floor(n / 2))), n, 14).map((i) => `w${i}`)],
      maxBeforeN: SLOW_ABOVE,
    },
    {
      // The collection stays at 20 keywords; n is the number of tokens (calls).
      name: 'module-constant-20',
      file: 'cases/nested-loop-to-set/module-keywords.ts',
      entry: 'countKeywords',
      input: (n) => [picks(['if', 'x', 'return', 'for', 'value', 'const', 'i', 'class', 'foo', 'do'], n, 15)],
    },
    {
      // The k×m sweep behind src/analysis/lookup-index/thresholds.ts (a Set of values): k tags looked
      // up per Set built, in an allow-list of m, half of them allowed.
      name: 'grid-includes',
      file: 'cases/nested-loop-to-set/allowed-tags.ts',
      entry: 'allowedTags',
      grid: GRID,
      measure: GRID_MEASURE,
      input: (k, m = 1) => [
        keysAmong(m, k, 0.5, 83).map((x) => `tag-${x}`),
        shuffled(range(0, m).map((x) => `tag-${x}`), 84),
      ],
    },
    {
      name: 'small-allow-list',
      file: 'cases/nested-loop-to-set/allowed-tags.ts',
      entry: 'allowedTags',
      sizes: SMALL_SIZES,
      fixedN: SMALL_OUTER_N,
      measure: SMALL_MEASURE,
      input: (m) => [
        keysAmong(m, SMALL_OUTER_N, 0.5, 81).map((k) => `tag-${k}`),
        shuffled(range(0, m).map((k) => `tag-${k}`), 82),
      ],
    },
  ],
});
