import fc from 'fast-check';

/**
 * Simulated asynchronous services for executed fixtures of the await transforms. `g.service(…)`
 * generates a plain description (it must survive `structuredClone`); just before a side is called,
 * `materializeServices` turns each description among the arguments into a live object whose
 * methods answer after a pseudo-random delay (microtask hops, sometimes a macrotask), fail for
 * some calls when asked to, and record every call. After the call the live object is replaced by
 * its record: the calls made, sorted, so the comparison sees the same SET (a multiset) of calls
 * with the same arguments, whatever order concurrency gave them.
 */

export const SERVICE_MARK = '__perfmodService';

export interface ServiceSpec {
  [SERVICE_MARK]: { methods: string[]; seed: number; failPercent: number };
}

export interface ServiceOptions {
  /** Percentage of distinct calls that reject (decided per call text, so both sides agree). Default 0. */
  failPercent?: number;
}

/** A description of a service with these methods; delays and failures follow from its seed. */
export function serviceArbitrary(methods: string[], options: ServiceOptions = {}): fc.Arbitrary<ServiceSpec> {
  return fc.integer({ min: 0, max: 0x7fffffff }).map((seed) => ({
    [SERVICE_MARK]: { methods: [...methods], seed, failPercent: options.failPercent ?? 0 },
  }));
}

function isSpec(value: unknown): value is ServiceSpec {
  return typeof value === 'object' && value !== null && SERVICE_MARK in value;
}

function hash(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** `getUser(3, "a")`: how a call is recorded and what it answers. */
function callText(method: string, args: unknown[]): string {
  return `${method}(${args.map((a) => (typeof a === 'string' ? JSON.stringify(a) : typeof a === 'object' && a !== null ? JSON.stringify(a) ?? String(a) : String(a))).join(', ')})`;
}

async function latency(steps: number, macrotask: boolean): Promise<void> {
  if (macrotask) await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < steps; i++) await null;
}

interface LiveService {
  spec: ServiceSpec;
  calls: string[];
  object: Record<string, (...args: unknown[]) => Promise<string>>;
}

const live = new WeakMap<object, LiveService>();

function makeLive(spec: ServiceSpec): LiveService {
  const { methods, seed, failPercent } = spec[SERVICE_MARK];
  const calls: string[] = [];
  const occurrences = new Map<string, number>();
  const object: LiveService['object'] = {};
  for (const method of methods) {
    object[method] = async (...args: unknown[]) => {
      const text = callText(method, args);
      calls.push(text);
      const occurrence = (occurrences.get(text) ?? 0) + 1;
      occurrences.set(text, occurrence);
      const h = hash(seed, `${text}#${occurrence}`);
      await latency(h % 7, h % 5 === 0);
      if (failPercent > 0 && hash(seed ^ 0x5bd1e995, text) % 100 < failPercent) throw new Error(`${text} failed`);
      return `${text}:ok`;
    };
  }
  const service = { spec, calls, object };
  live.set(object, service);
  return service;
}

/** Replaces every service description among the top-level arguments by a live service (in place). */
export function materializeServices(args: unknown[]): void {
  for (let i = 0; i < args.length; i++) {
    if (isSpec(args[i])) args[i] = makeLive(args[i] as ServiceSpec).object;
  }
}

/** Replaces every live service among the arguments by its record: its methods and the sorted calls made. */
export function recordServices(args: unknown[]): void {
  for (let i = 0; i < args.length; i++) {
    const service = typeof args[i] === 'object' && args[i] !== null ? live.get(args[i] as object) : undefined;
    if (service) args[i] = { service: service.spec[SERVICE_MARK].methods, calls: [...service.calls].sort() };
  }
}
