import type { PerfTransform } from '../src/engine/types';
import { jscodeshiftEntry } from '../src/engine/jscodeshift-entry';

// PLACEHOLDER: rules land with the transform's own issue.
export const transform: PerfTransform = {
  id: 'array-lookup-to-map',
  title: 'Lookups repeated inside a loop -> a Map/Set index built once',
  description: 'Lookups repeated inside a loop -> a Map/Set index built once.',
  safetyNotes: 'TODO',
  docs: 'docs/transforms/array-lookup-to-map.md',
  run() {},
};

export default jscodeshiftEntry(transform);
