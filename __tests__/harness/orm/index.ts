import { openDataloader } from './dataloader';
import { openDrizzle } from './drizzle';
import { openKnex } from './knex';
import { openMongoose } from './mongoose';
import { openPrisma } from './prisma';
import { openSequelize } from './sequelize';
import { openService } from './service';
import { openTypeorm } from './typeorm';
import type { OrmHarness, OrmName } from './types';

export type { OrmHarness, OrmName } from './types';
export { ORM_NAMES } from './types';

const OPENERS: Record<OrmName, () => Promise<OrmHarness>> = {
  prisma: openPrisma,
  typeorm: openTypeorm,
  sequelize: openSequelize,
  drizzle: openDrizzle,
  knex: openKnex,
  dataloader: openDataloader,
  service: openService,
  mongoose: openMongoose,
};

/** A real client of `orm` on a fresh database with the fixed schema (no rows yet). */
export function openOrm(orm: OrmName): Promise<OrmHarness> {
  return OPENERS[orm]();
}
