import { ITEM_KINDS, type ItemKind } from './dataset';
import { ORM_NAMES, type OrmName } from './types';

/**
 * The header of an N+1 fixture (`__testfixtures__/n-plus-one-to-batch/README.md`):
 *   // orm: prisma
 *   // items: posts
 *   // queries: before=n after=batches(distinct(items.map((p) => p.authorId)))
 *   // long: 1200
 */
export interface FixtureHeader {
  orm: OrmName;
  items: ItemKind;
  /** JS expressions over n, items, distinct, batches; absent on traps. */
  queries?: { before: string; after: string };
  long?: number;
}

export class HeaderError extends Error {}

export const DEFAULT_BATCH_SIZE = 500;

export function parseHeader(source: string): FixtureHeader {
  const fields = new Map<string, string>();
  for (const line of source.split(/\r\n|\r|\n/)) {
    const match = /^\s*\/\/\s*(orm|items|queries|long):\s*(.*?)\s*$/.exec(line);
    if (match) fields.set(match[1], match[2]);
    else if (line.trim() !== '' && !line.trim().startsWith('//')) break; // the header ends at the first code line
  }
  const orm = fields.get('orm');
  if (!orm || !(ORM_NAMES as readonly string[]).includes(orm)) {
    throw new HeaderError(`missing or unknown '// orm:' line (${orm ?? 'none'}; known: ${ORM_NAMES.join(', ')})`);
  }
  const items = fields.get('items');
  if (!items || !(ITEM_KINDS as readonly string[]).includes(items)) {
    throw new HeaderError(`missing or unknown '// items:' line (${items ?? 'none'}; known: ${ITEM_KINDS.join(', ')})`);
  }
  const header: FixtureHeader = { orm: orm as OrmName, items: items as ItemKind };
  const queries = fields.get('queries');
  if (queries !== undefined) {
    const match = /^before=(.+?)\s+after=(.+)$/.exec(queries);
    if (!match) throw new HeaderError(`'// queries:' must be 'before=<expr> after=<expr>', got: ${queries}`);
    header.queries = { before: match[1], after: match[2] };
  }
  const long = fields.get('long');
  if (long !== undefined) {
    if (!/^\d+$/.test(long)) throw new HeaderError(`'// long:' must be a length, got: ${long}`);
    header.long = Number(long);
  }
  return header;
}

/** Distinct values by SameValueZero, or by String(x) for mongoose (ObjectIds are equal by value only that way). */
export function distinctCounter(orm: OrmName): (values: unknown[]) => number {
  return (values) => new Set(orm === 'mongoose' ? values.map((v) => String(v)) : values).size;
}

/** The expected query count of one side, from its header expression. */
export function expectedQueries(expression: string, orm: OrmName, items: unknown[]): number {
  const distinct = distinctCounter(orm);
  const batches = (k: number) => Math.ceil(k / DEFAULT_BATCH_SIZE);
  let value: unknown;
  try {
    value = new Function('n', 'items', 'distinct', 'batches', `"use strict"; return (${expression});`)(items.length, items, distinct, batches);
  } catch (error) {
    throw new HeaderError(`cannot evaluate query count '${expression}': ${(error as Error).message}`);
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new HeaderError(`query count '${expression}' gave ${String(value)}, not a count`);
  }
  return value;
}
