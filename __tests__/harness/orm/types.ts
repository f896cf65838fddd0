import type { QueryCounter } from './counter';
import type { ItemKind } from './dataset';
import type { Dataset } from './schema';

export type OrmName = 'prisma' | 'typeorm' | 'sequelize' | 'drizzle' | 'knex' | 'dataloader' | 'service' | 'mongoose';

export const ORM_NAMES: readonly OrmName[] = ['prisma', 'typeorm', 'sequelize', 'drizzle', 'knex', 'dataloader', 'service', 'mongoose'];

/**
 * One real client on one fresh database, reused for every case of a test file: `load` replaces
 * the rows (uncounted), `makeDb` gives the object a fixture's entry point receives as `db`
 * (fresh per run where the client caches, as DataLoader does), `counter` counts its queries.
 */
export interface OrmHarness {
  orm: OrmName;
  /** Where the queries run: 'sqlite', or for mongoose 'in-memory model of the Mongoose API'. */
  engine: string;
  counter: QueryCounter;
  makeDb(): Record<string, unknown>;
  load(data: Dataset): Promise<void>;
  /** Every row after a run (its effect on the database), in a comparable form. */
  dump(): Promise<unknown>;
  /** The items as this ORM's code sees them (mongoose: ObjectIds for keys); fresh objects per call. */
  prepareItems(kind: ItemKind, items: unknown[]): unknown[];
  close(): Promise<void>;
}

/** Items are plain data for the SQL ORMs: a deep copy per side. */
export function plainItems(_kind: ItemKind, items: unknown[]): unknown[] {
  return structuredClone(items);
}
