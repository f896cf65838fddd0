// Shapes found in real libraries where the order matters although nothing in the syntax links the calls.

// knex: a transaction handed to the first call, a connection asked for by the second.
export async function inTransaction(container, trx, client, conn) {
  const res = await container(trx);
  const foreignViolations = await client.connection(conn);
  return [res, foreignViolations];
}

// knex migrations: hooks around the migration itself.
export async function migrate(beforeEach, afterEach, checkPromise, trx, migration) {
  await beforeEach(trx, [migration]);
  const migrationResult = await checkPromise(migration);
  await afterEach(trx, [migration]);
  return migrationResult;
}

// sequelize: DDL statements one after another.
export async function alter(sequelize, subQueries, options) {
  for (const subQuery of subQueries) await sequelize.query(`${subQuery};`, options);
}

// mongoose: every call fills the same documents.
export async function populateAll(model, docs, populates) {
  for (const pop of populates) {
    await model.populate(docs, pop);
  }
}

// jest-runtime: an object's life cycle, link then evaluate.
export async function run(module) {
  await module.link(() => null);
  await module.evaluate();
}

// Queries that may write, and reads that say so.
export async function queries(db) {
  await db.query('UPDATE t SET n = n + 1');
  const rows = await db.query('SELECT n FROM t');
  return rows;
}
