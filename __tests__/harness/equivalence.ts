import fc from 'fast-check';
import { materializeServices, recordServices } from './async-services';

/**
 * Observational equality of two runs (before / after a rewrite) on clones of the same arguments.
 *
 * - primitives: `Object.is` (NaN equals NaN, -0 differs from +0);
 * - arrays, plain and class objects, Map, Set: structurally, in iteration order (order is observable),
 *   with the same prototype name and the same sharing between the two sides;
 * - identity: an object that one side returns and that is one of its input objects (reachable from
 *   its arguments) must be, on the other side, the input object at the same path: "returns the
 *   k-th user" is not equal to "returns a copy of the k-th user";
 * - thrown errors: same constructor name and message;
 * - after the call, the arguments of both sides must be equal too (same mutations, or none).
 */

export type Outcome = { kind: 'returned'; value: unknown } | { kind: 'threw'; error: unknown };

/** Where each input object sits, e.g. `args[1][3]`; the first path in breadth-first order. */
export type InputIndex = Map<object, string>;

export function indexInputs(args: readonly unknown[]): InputIndex {
  const index: InputIndex = new Map();
  const queue: Array<[unknown, string]> = [[args, 'args']];
  // An index instead of shift(): benchmark inputs hold tens of thousands of objects.
  for (let next = 0; next < queue.length; next++) {
    const [value, at] = queue[next];
    if (!isObject(value) || index.has(value)) continue;
    index.set(value, at);
    for (const [key, child] of children(value)) queue.push([child, `${at}${key}`]);
  }
  return index;
}

/** Calls `fn`, awaiting a returned promise; a throw or rejection becomes a `threw` outcome. */
export async function captureOutcome(fn: () => unknown): Promise<Outcome> {
  try {
    let value = fn();
    if (isThenable(value)) value = await value;
    return { kind: 'returned', value };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

export interface SideRun {
  /** The arguments as the function saw them (after the call, so mutations are visible). */
  args: unknown[];
  /** Input positions, taken before the call. */
  inputs: InputIndex;
  outcome: Outcome;
}

/** Calls `fn` on a deep clone of `args` (each side gets its own), recording where the inputs were. */
export async function runOn(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): Promise<SideRun> {
  const clone = structuredClone(args) as unknown[];
  materializeServices(clone); // simulated async services (g.service): live objects for the call, their call records after
  const inputs = indexInputs(clone);
  const outcome = await captureOutcome(() => fn(...clone));
  recordServices(clone);
  return { args: clone, inputs, outcome };
}

/** The first observable difference between two runs, in words; null when they are equivalent. */
export function compareRuns(before: SideRun, after: SideRun): string | null {
  const { outcome: a } = before;
  const { outcome: b } = after;
  if (a.kind !== b.kind) {
    return `before ${describeOutcome(a)}, after ${describeOutcome(b)}`;
  }
  if (a.kind === 'threw' && b.kind === 'threw') {
    const difference = compareThrown(a.error, b.error);
    if (difference) return difference;
  } else {
    const difference = compareValues(
      (a as { value: unknown }).value, (b as { value: unknown }).value, 'result',
      { left: before.inputs, right: after.inputs },
    );
    if (difference) return difference;
  }
  // Identity shortcuts are off here: the arguments themselves are being compared.
  return compareValues(before.args, after.args, 'args (after the call)');
}

function compareThrown(a: unknown, b: unknown): string | null {
  if (isErrorLike(a) && isErrorLike(b)) {
    const nameA = constructorName(a);
    const nameB = constructorName(b);
    if (nameA !== nameB || a.message !== b.message) {
      return `before threw ${nameA}: ${a.message}; after threw ${nameB}: ${b.message}`;
    }
    return null;
  }
  return compareValues(a, b, 'thrown value');
}

interface IdentityContext {
  left: InputIndex;
  right: InputIndex;
}

/** The first difference between `a` and `b` as `path: a vs b`, or null. */
export function compareValues(a: unknown, b: unknown, at = 'value', identity?: IdentityContext): string | null {
  const pairs = new Map<object, object>();
  const reversePairs = new Map<object, object>();

  function visit(x: unknown, y: unknown, path: string): string | null {
    if (!isObject(x) || !isObject(y)) {
      if (typeof x === 'function' && typeof y === 'function') return null;
      return Object.is(x, y) ? null : `${path}: ${show(x)} vs ${show(y)}`;
    }
    if (identity) {
      const inputX = identity.left.get(x);
      const inputY = identity.right.get(y);
      if (inputX !== undefined || inputY !== undefined) {
        if (inputX === inputY) return null;
        return `${path}: before gives ${inputX ? `the input object ${inputX}` : 'a new object'}, `
          + `after gives ${inputY ? `the input object ${inputY}` : 'a new object'}`;
      }
    }
    // The same sharing on both sides: an object seen before must pair with the same partner.
    const seenX = pairs.get(x);
    const seenY = reversePairs.get(y);
    if (seenX !== undefined || seenY !== undefined) {
      return seenX === y && seenY === x ? null : `${path}: objects are shared differently on the two sides`;
    }
    pairs.set(x, y);
    reversePairs.set(y, x);

    const tagX = Object.prototype.toString.call(x);
    const tagY = Object.prototype.toString.call(y);
    if (tagX !== tagY) return `${path}: ${tagX} vs ${tagY}`;
    const protoX = prototypeName(x);
    const protoY = prototypeName(y);
    if (protoX !== protoY) return `${path}: prototype ${protoX} vs ${protoY}`;

    if (x instanceof Date || tagX === '[object Date]') {
      return Object.is((x as Date).getTime(), (y as Date).getTime()) ? null : `${path}: ${show(x)} vs ${show(y)}`;
    }
    if (tagX === '[object RegExp]') {
      return String(x) === String(y) ? null : `${path}: ${String(x)} vs ${String(y)}`;
    }
    if (tagX === '[object Promise]') return null; // not inspectable synchronously; a nested promise is opaque
    if (isBoxedPrimitive(tagX)) {
      return Object.is((x as { valueOf(): unknown }).valueOf(), (y as { valueOf(): unknown }).valueOf())
        ? null : `${path}: ${show(x)} vs ${show(y)}`;
    }
    if (tagX === '[object Map]') {
      const ex = [...(x as Map<unknown, unknown>)];
      const ey = [...(y as Map<unknown, unknown>)];
      if (ex.length !== ey.length) return `${path}: Map of size ${ex.length} vs ${ey.length} (${show(x)} vs ${show(y)})`;
      for (let i = 0; i < ex.length; i++) {
        const diff = visit(ex[i][0], ey[i][0], `${path}.keys()[${i}]`) ?? visit(ex[i][1], ey[i][1], `${path}.get(${show(ex[i][0])})`);
        if (diff) return diff;
      }
      return null;
    }
    if (tagX === '[object Set]') {
      const vx = [...(x as Set<unknown>)];
      const vy = [...(y as Set<unknown>)];
      if (vx.length !== vy.length) return `${path}: Set of size ${vx.length} vs ${vy.length} (${show(x)} vs ${show(y)})`;
      for (let i = 0; i < vx.length; i++) {
        const diff = visit(vx[i], vy[i], `${path}.values()[${i}]`);
        if (diff) return diff;
      }
      return null;
    }
    if (isErrorLike(x) && isErrorLike(y) && x.message !== y.message) {
      return `${path}: error message ${show(x.message)} vs ${show(y.message)}`;
    }
    if (Array.isArray(x)) {
      const arrY = y as unknown[];
      if (x.length !== arrY.length) return `${path}: array of length ${x.length} vs ${arrY.length} (${show(x)} vs ${show(y)})`;
      for (let i = 0; i < x.length; i++) {
        const holeX = !(i in x);
        const holeY = !(i in arrY);
        if (holeX !== holeY) return `${path}[${i}]: ${holeX ? 'hole' : 'element'} vs ${holeY ? 'hole' : 'element'}`;
        const diff = visit(x[i], arrY[i], `${path}[${i}]`);
        if (diff) return diff;
      }
      return compareKeys(x, y, path, (k) => !isIndex(k));
    }
    return compareKeys(x, y, path, () => true);
  }

  function compareKeys(x: object, y: object, path: string, include: (key: string) => boolean): string | null {
    const kx = Object.keys(x).filter(include);
    const ky = Object.keys(y).filter(include);
    if (kx.join('\u0000') !== ky.join('\u0000')) return `${path}: keys [${kx.join(', ')}] vs [${ky.join(', ')}]`;
    for (const key of kx) {
      const diff = visit((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], `${path}${member(key)}`);
      if (diff) return diff;
    }
    return null;
  }

  return visit(a, b, at);
}

/** Child values with the path suffix that reaches them (array elements, own properties, Map/Set entries). */
function children(value: object): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  if (value instanceof Map || Object.prototype.toString.call(value) === '[object Map]') {
    let i = 0;
    for (const [k, v] of value as Map<unknown, unknown>) {
      out.push([`.keys()[${i}]`, k], [`.values()[${i}]`, v]);
      i++;
    }
    return out;
  }
  if (value instanceof Set || Object.prototype.toString.call(value) === '[object Set]') {
    let i = 0;
    for (const v of value as Set<unknown>) out.push([`.values()[${i++}]`, v]);
    return out;
  }
  for (const key of Object.keys(value)) {
    out.push([Array.isArray(value) && isIndex(key) ? `[${key}]` : member(key), (value as Record<string, unknown>)[key]]);
  }
  return out;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (isObject(value) || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}

function isErrorLike(value: unknown): value is { message: string; name?: string } {
  return isObject(value) && (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]');
}

function isBoxedPrimitive(tag: string): boolean {
  return tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]'
    || tag === '[object BigInt]' || tag === '[object Symbol]';
}

function isIndex(key: string): boolean {
  return /^(0|[1-9]\d*)$/.test(key);
}

function member(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function constructorName(value: object): string {
  return (value as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
}

function prototypeName(value: object): string {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return 'null';
  return (proto as { constructor?: { name?: string } }).constructor?.name ?? '?';
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'returned') return `returned ${show(outcome.value)}`;
  const error = outcome.error;
  return isErrorLike(error) ? `threw ${constructorName(error)}: ${error.message}` : `threw ${show(error)}`;
}

/** A short rendering that keeps NaN, -0, Map and Set visible. */
export function show(value: unknown): string {
  const text = fc.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
