import { overlappingNumbers, shuffled } from './lib/inputs';
import { defineBench } from './lib/types';

// Both collections have size n and share about half of their values. The quadratic "before"
// code is not run at 10^5 (minutes per size).
const SLOW_ABOVE = 10_000;

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
  ],
});
