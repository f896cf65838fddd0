import type { PerfTransform } from '../src/engine/types';
import { jscodeshiftEntry } from '../src/engine/jscodeshift-entry';

// PLACEHOLDER: rules land with the transform's own issue.
export const transform: PerfTransform = {
  id: 'nested-loop-to-set',
  title: 'Membership tests across two collections -> a Set built once',
  description: 'Membership tests across two collections -> a Set built once.',
  safetyNotes: 'TODO',
  docs: 'docs/transforms/nested-loop-to-set.md',
  run() {},
};

export default jscodeshiftEntry(transform);
