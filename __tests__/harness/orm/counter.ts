/**
 * Counts the queries an ORM reports through its own hook (Prisma's query event, TypeORM's
 * logger, Sequelize's logging, Drizzle's logger, Knex's query event). Seeding happens with the
 * counter paused, so only the code under test is counted.
 */
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION|END)\b/i;

export class QueryCounter {
  private count = 0;
  private paused = false;
  /** The last statements, for failure messages. */
  readonly recent: string[] = [];

  record(sql: string): void {
    // Transaction control is not a read: Prisma and TypeORM report BEGIN/COMMIT as queries.
    if (this.paused || TRANSACTION_CONTROL.test(sql)) return;
    this.count++;
    this.recent.push(sql);
    if (this.recent.length > 12) this.recent.shift();
  }

  get value(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }

  /** Runs `work` without counting its queries. */
  async uncounted<T>(work: () => Promise<T> | T): Promise<T> {
    const was = this.paused;
    this.paused = true;
    try {
      return await work();
    } finally {
      this.paused = was;
    }
  }
}
