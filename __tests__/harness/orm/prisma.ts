import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { QueryCounter } from './counter';
import { ensurePrismaClient } from './prisma-client';
import { SqliteFile } from './sqlite-file';
import { plainItems, type OrmHarness } from './types';

/**
 * Prisma 7 on SQLite through @prisma/adapter-better-sqlite3, with the generated client. Queries
 * are counted with Prisma's own query event (`log: [{ emit: 'event', level: 'query' }]`).
 * `errorFormat: 'minimal'`: the default format puts the calling file and line into the message
 * of every error, which any rewrite moves; the class, code and text are what is compared.
 */
export async function openPrisma(): Promise<OrmHarness> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PrismaClient } = require(ensurePrismaClient()) as { PrismaClient: new (options: unknown) => PrismaLike };
  const sqlite = new SqliteFile('prisma');
  const counter = new QueryCounter();
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${sqlite.file}` }),
    log: [{ emit: 'event', level: 'query' }],
    errorFormat: 'minimal',
  });
  prisma.$on('query', (event: { query: string }) => counter.record(event.query));
  await prisma.$connect();
  return {
    orm: 'prisma',
    engine: 'sqlite',
    counter,
    makeDb: () => ({ prisma }),
    load: async (data) => sqlite.load(data),
    dump: async () => sqlite.dump(),
    prepareItems: plainItems,
    close: async () => {
      await prisma.$disconnect();
      sqlite.close();
    },
  };
}

interface PrismaLike {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
  $connect(): Promise<void>;
  $disconnect(): Promise<void>;
}
