import type { PerfTransform, TransformOptions, TransformResult } from './types';
import { runTransforms } from './apply';
import { transform as nestedLoopToSet } from '../../transforms/nested-loop-to-set';
import { transform as arrayLookupToMap } from '../../transforms/array-lookup-to-map';
import { transform as nPlusOneToBatch } from '../../transforms/n-plus-one-to-batch';
import { transform as sequentialAwaitsToPromiseAll } from '../../transforms/sequential-awaits-to-promise-all';

/**
 * Every transform, in the order `all` applies them. The N+1 rewrite comes before the awaits one:
 * a loop of per-item reads becomes one batched query, not N concurrent ones.
 */
export const transforms: readonly PerfTransform[] = [nestedLoopToSet, arrayLookupToMap, nPlusOneToBatch, sequentialAwaitsToPromiseAll];

export const transformIds: readonly string[] = transforms.map((t) => t.id);

export class UnknownTransformError extends Error {
  constructor(readonly id: string) {
    super(`unknown transform '${id}' (known: ${transformIds.join(', ')})`);
  }
}

export function getTransform(id: string): PerfTransform {
  const found = transforms.find((t) => t.id === id);
  if (!found) throw new UnknownTransformError(id);
  return found;
}

/** `all` or one id -> the transforms to run. */
export function resolveTransforms(idOrAll: string | readonly string[]): PerfTransform[] {
  if (idOrAll === 'all') return [...transforms];
  const ids = typeof idOrAll === 'string' ? [idOrAll] : idOrAll;
  return ids.flatMap((id) => (id === 'all' ? [...transforms] : [getTransform(id)]));
}

/** Applies one transform (or `all`) to a source text. */
export function applyTransform(id: string, source: string, options: TransformOptions = {}): TransformResult {
  return runTransforms(resolveTransforms(id), source, options);
}
