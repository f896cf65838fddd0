import type { Domain, ElementKind, InputModel } from './program-gen';
import type { Rng } from './program-rng';

/**
 * Arguments `[a, b, o]` for a generated program: tiny value pools (duplicate and missing keys),
 * empty arrays, NaN, -0, null elements, records without `id`, and `b` sharing objects with `a`.
 * Declared TypeScript types are respected (a `string[]` gets strings). `Restrictions` narrow the
 * values to those on which a `review` rewrite's stated assumptions hold.
 */

export interface Restrictions {
  /** "... is never NaN" */
  noNaN: boolean;
  /** "... is not null or undefined", "the elements ... are objects whose .id can be read" */
  noNullish: boolean;
  /** "... -0 ..." */
  noNegativeZero: boolean;
  /** No holes in the arrays. */
  noHoles: boolean;
  /** "... is an Array": the collections are Arrays (not undefined, a number, a string or an object). */
  arraysOnly: boolean;
}

export const NO_RESTRICTIONS: Restrictions = { noNaN: false, noNullish: false, noNegativeZero: false, noHoles: false, arraysOnly: false };

/** The restrictions that a `review` Change's assumptions ask of the inputs (the others are about the program). */
export function restrictionsFor(assumptions: readonly string[]): Restrictions {
  const text = assumptions.join('\n');
  return {
    noNaN: /NaN/.test(text),
    noNullish: /null|undefined|objects whose|can be read|does not throw|without side effects/.test(text),
    noNegativeZero: /-0\b/.test(text),
    noHoles: false,
    arraysOnly: /is an Array/.test(text),
  };
}

export function describeRestrictions(r: Restrictions): string {
  const parts = [r.noNaN && 'no NaN', r.noNullish && 'no null/undefined', r.noNegativeZero && 'no -0', r.noHoles && 'no holes', r.arraysOnly && 'Arrays only'].filter(Boolean);
  return parts.length ? parts.join(', ') : 'unrestricted';
}

const ANY_KEYS: unknown[] = [0, 1, 2, '1', 'a', 'b', NaN, -0, null, undefined, true];
const NUMBER_KEYS: unknown[] = [0, 1, 2, 3, NaN, -0, Infinity];
const STRING_KEYS: unknown[] = ['a', 'b', 'c', '1', ''];
const OBJECT_KEYS = ['a', 'b', '1', 'c', '0', 'z'];

function keyPool(domain: Domain, r: Restrictions): unknown[] {
  const pool = domain === 'number' ? NUMBER_KEYS
    : domain === 'string' ? STRING_KEYS
      : domain === 'string|number' ? [...NUMBER_KEYS, ...STRING_KEYS]
        : ANY_KEYS;
  return pool.filter((k) => !(r.noNaN && Number.isNaN(k))
    && !(r.noNullish && (k === null || k === undefined))
    && !(r.noNegativeZero && Object.is(k, -0)));
}

function element(rng: Rng, kind: ElementKind, domain: Domain, r: Restrictions, optionalId: boolean): unknown {
  const keys = keyPool(domain, r);
  const loose = domain === 'any';
  if (kind === 'prim') return rng.pick(keys);
  if (loose && !r.noNullish && rng.chance(0.06)) return null;
  const record: Record<string, unknown> = {};
  // A record without `id` reads `undefined`: a missing key on both sides of `===`.
  if (!((loose || optionalId) && !r.noNullish && rng.chance(0.08))) record.id = rng.pick(keys);
  record.active = rng.chance(0.6);
  return record;
}

function array(rng: Rng, kind: ElementKind, domain: Domain, r: Restrictions, optionalId: boolean): unknown[] {
  const length = rng.chance(0.12) ? 0 : 1 + rng.int(6);
  const values = Array.from({ length }, () => element(rng, kind, domain, r, optionalId));
  // Now and then a hole: find/includes visit it as undefined, filter/some/indexOf skip it.
  if (domain === 'any' && !r.noNullish && !r.noHoles && length > 1 && rng.chance(0.08)) delete values[rng.int(length)];
  return values;
}

/** What JavaScript lets a caller pass in place of an array: nothing, a number, a string, an object. */
const NOT_ARRAYS: unknown[] = [undefined, null, 5, 'ab1', {}];

/**
 * Untyped code may be handed anything; a rewrite that states no "is an Array" assumption must
 * behave the same on it (the same result or the same kind of error), also when the loop runs zero times.
 */
function maybeNotArray(rng: Rng, value: unknown[], domain: Domain, r: Restrictions): unknown {
  return domain === 'any' && !r.arraysOnly && rng.chance(0.08) ? rng.pick(NOT_ARRAYS) : value;
}

export function makeArguments(rng: Rng, model: InputModel, r: Restrictions): unknown[] {
  const a = array(rng, model.outer, model.outerDomain, r, !!model.optionalId);
  const b = array(rng, model.inner, model.innerDomain, r, !!model.optionalId);
  if (model.mayShare && model.outerDomain === model.innerDomain && rng.chance(0.5)) {
    // Some elements of b are objects of a (the same objects): writes to x.id change b's keys.
    const objects = a.filter((e) => typeof e === 'object' && e !== null);
    for (let i = 0; i < b.length; i++) {
      if (objects.length > 0 && rng.chance(0.4)) b[i] = objects[rng.int(objects.length)];
    }
  }
  // A searched collection with holes even where the types say `number[]`: a sparse array is one.
  // (Of primitives only: a hole where `Item[]` is declared reads as undefined, which the type rules out.)
  if (model.innerDomain !== 'any' && model.inner === 'prim' && !r.noHoles && !r.noNullish && b.length > 1 && rng.chance(0.05)) delete b[rng.int(b.length)];
  const o: Record<string, number> = {};
  for (const key of OBJECT_KEYS) if (rng.chance(0.35)) o[key] = rng.int(3);
  // Zero iterations over the loop with a collection that is not an Array: nothing may throw that did not.
  const outer = a.length > 0 && rng.chance(0.04) ? [] : a;
  return [maybeNotArray(rng, outer, model.outerDomain, r), maybeNotArray(rng, b, model.innerDomain, r), o];
}
