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
  /** No holes in the arrays: nested-loop-to-set documents that holes made at run time are not detected. */
  noHoles: boolean;
}

export const NO_RESTRICTIONS: Restrictions = { noNaN: false, noNullish: false, noNegativeZero: false, noHoles: false };

/** The restrictions that a `review` Change's assumptions ask of the inputs (the others are about the program). */
export function restrictionsFor(assumptions: readonly string[]): Restrictions {
  const text = assumptions.join('\n');
  return {
    noNaN: /NaN/.test(text),
    noNullish: /null|undefined|objects whose|can be read|does not throw|without side effects/.test(text),
    noNegativeZero: /-0\b/.test(text),
    noHoles: false,
  };
}

export function describeRestrictions(r: Restrictions): string {
  const parts = [r.noNaN && 'no NaN', r.noNullish && 'no null/undefined', r.noNegativeZero && 'no -0', r.noHoles && 'no holes'].filter(Boolean);
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
  if (domain === 'any' && !r.noNullish && !r.noHoles && length > 1 && rng.chance(0.05)) delete values[rng.int(length)];
  return values;
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
  const o: Record<string, number> = {};
  for (const key of OBJECT_KEYS) if (rng.chance(0.35)) o[key] = rng.int(3);
  return [a, b, o];
}
