import { defineDbBench } from './lib/db-types';

/**
 * N+1 reads against real engines: PostgreSQL (embedded PGlite by default, the server at
 * DATABASE_URL when set) through drizzle, knex and a hand-written service over raw SQL; and
 * SQLite through the real Prisma 7, TypeORM, Sequelize and Drizzle clients of the N+1 tests.
 * n posts by n/2 authors (every author has two posts; all exist), so the input sends n queries
 * and the rewrite ceil(n/2 / 500) batches; the one-to-many and DataLoader cases loop over those
 * n author ids. DataLoader runs over Knex on SQLite (its cache already dedupes: n/2 batch calls
 * before, 1 after).
 */
function posts(n: number) {
  const authors = Math.max(1, Math.ceil(n / 2));
  // 7919 is prime, so the authors come in an order unlike id order.
  return Array.from({ length: n }, (_, i) => ({ id: i + 1, authorId: ((i * 7919) % authors) + 1, title: `post ${i + 1}` }));
}

/** n user ids, n/2 distinct, in an order unlike id order. */
function userIds(n: number) {
  return posts(n).map((p) => p.authorId);
}

const declared = { 'n-plus-one-to-batch': { methods: [{ single: 'users.getById', batch: 'users.getByIds', key: 'id' }] } };

export default defineDbBench({
  transform: 'n-plus-one-to-batch',
  cases: [
    { name: 'drizzle/author-by-id', orm: 'drizzle', engine: 'postgres', file: 'cases/n-plus-one-to-batch/drizzle-author-by-id.ts', items: posts },
    { name: 'knex/author-by-id', orm: 'knex', engine: 'postgres', file: 'cases/n-plus-one-to-batch/knex-author-by-id.ts', items: posts },
    { name: 'knex/posts-by-author', orm: 'knex', engine: 'postgres', file: 'cases/n-plus-one-to-batch/knex-posts-by-author.ts', items: userIds },
    { name: 'service/author-by-id', orm: 'service', engine: 'postgres', file: 'cases/n-plus-one-to-batch/service-author-by-id.ts', items: posts, config: declared },
    { name: 'prisma/author-by-id', orm: 'prisma', engine: 'sqlite', file: 'cases/n-plus-one-to-batch/prisma-author-by-id.ts', items: posts },
    { name: 'typeorm/author-by-id', orm: 'typeorm', engine: 'sqlite', file: 'cases/n-plus-one-to-batch/typeorm-author-by-id.ts', items: posts },
    { name: 'sequelize/author-by-id', orm: 'sequelize', engine: 'sqlite', file: 'cases/n-plus-one-to-batch/sequelize-author-by-id.ts', items: posts },
    { name: 'dataloader/sequential-load', orm: 'dataloader', engine: 'sqlite', file: 'cases/n-plus-one-to-batch/dataloader-sequential-load.ts', items: userIds },
    { name: 'drizzle/author-by-id (sqlite)', orm: 'drizzle', engine: 'sqlite', file: 'cases/n-plus-one-to-batch/drizzle-sqlite-author-by-id.ts', items: posts },
  ],
});
