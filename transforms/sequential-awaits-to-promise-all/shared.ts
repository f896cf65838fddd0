/** What the shapes of this transform share: the ordering context of a function and the assumption texts. */
import type { AnyNode } from '../../src/analysis/ast';
import { criticalSection, orderingReceivers } from '../../src/analysis/dependence';

export interface OrderingContext {
  /** Receivers of ordering-sensitive calls in the function, with the word that says so. */
  receivers: Map<string, string>;
  /** A call in the function that holds a lock or opens a transaction, or null. */
  critical: string | null;
}

export function orderingContext(functionBody: AnyNode): OrderingContext {
  return { receivers: orderingReceivers(functionBody), critical: criticalSection(functionBody) };
}

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The assumption every concurrent rewrite of unknown calls rests on, in words. */
export function concurrentAssumption(calls: string[]): string {
  return `${listOf(calls)} do not depend on each other's effects (none of them changes state another one reads, `
    + `and their order does not matter to anything they talk to), and it is acceptable that all of them start even if an earlier one `
    + `rejects, the first to fail deciding the error`;
}
