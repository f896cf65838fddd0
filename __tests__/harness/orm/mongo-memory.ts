import { Types } from 'mongoose';

/**
 * An in-memory model of the server side of a MongoDB collection: the operations Mongoose's
 * Query and Document code call on `Model.collection` (find, findOne, countDocuments, insertOne,
 * updateOne, updateMany, deleteOne, deleteMany), with MongoDB's matching (`$in`, `$nin`, `$eq`,
 * `$ne`, comparisons, `$exists`, `$and`, `$or`; ObjectIds equal by value), projection, sort,
 * skip and limit, and natural (insertion) order. MongoDB itself cannot run here; everything
 * above the collection is the real Mongoose package.
 */

type Doc = Record<string, unknown>;
type Filter = Record<string, unknown>;

interface FindOptions {
  projection?: Record<string, unknown>;
  sort?: Record<string, 1 | -1> | Array<[string, 1 | -1]>;
  skip?: number;
  limit?: number;
}

export class MemoryCollection {
  docs: Doc[] = [];

  constructor(readonly name: string, private readonly onQuery: (what: string) => void) {}

  /** Replaces the documents (uncounted). */
  load(docs: Doc[]): void {
    this.docs = docs.map((doc) => ({ ...doc }));
  }

  async find(filter: Filter = {}, options: FindOptions = {}) {
    this.onQuery(`${this.name}.find`);
    const rows = this.query(filter, options);
    return {
      toArray: async () => rows,
      async *[Symbol.asyncIterator]() {
        yield* rows;
      },
      close: async () => {},
    };
  }

  async findOne(filter: Filter = {}, options: FindOptions = {}) {
    this.onQuery(`${this.name}.findOne`);
    return this.query(filter, { ...options, limit: 1 })[0] ?? null;
  }

  async countDocuments(filter: Filter = {}) {
    this.onQuery(`${this.name}.countDocuments`);
    return this.docs.filter((doc) => matches(doc, filter)).length;
  }

  async insertOne(doc: Doc) {
    this.onQuery(`${this.name}.insertOne`);
    this.docs.push(clone(doc));
    return { acknowledged: true, insertedId: doc._id };
  }

  async updateOne(filter: Filter, update: Doc) {
    return this.update(filter, update, 1, 'updateOne');
  }

  async updateMany(filter: Filter, update: Doc) {
    return this.update(filter, update, Infinity, 'updateMany');
  }

  async deleteOne(filter: Filter) {
    return this.remove(filter, 1, 'deleteOne');
  }

  async deleteMany(filter: Filter) {
    return this.remove(filter, Infinity, 'deleteMany');
  }

  private query(filter: Filter, options: FindOptions): Doc[] {
    let rows = this.docs.filter((doc) => matches(doc, filter));
    const sort = Array.isArray(options.sort) ? options.sort : Object.entries(options.sort ?? {});
    if (sort.length > 0) {
      // Array.prototype.sort is stable: ties keep natural order, as a MongoDB collection scan does.
      rows = [...rows].sort((a, b) => {
        for (const [key, direction] of sort) {
          const order = compare(a[key], b[key]);
          if (order !== 0) return order * Number(direction);
        }
        return 0;
      });
    }
    rows = rows.slice(options.skip ?? 0, options.limit ? (options.skip ?? 0) + options.limit : undefined);
    return rows.map((doc) => project(clone(doc), options.projection));
  }

  private update(filter: Filter, update: Doc, max: number, what: string) {
    this.onQuery(`${this.name}.${what}`);
    let modifiedCount = 0;
    const matched = this.docs.filter((doc) => matches(doc, filter)).slice(0, max);
    for (const doc of matched) {
      const set = (update.$set ?? {}) as Doc;
      const inc = (update.$inc ?? {}) as Record<string, number>;
      for (const [key, value] of Object.entries(set)) doc[key] = clone(value);
      for (const [key, value] of Object.entries(inc)) doc[key] = ((doc[key] as number) ?? 0) + value;
      modifiedCount++;
    }
    return { acknowledged: true, matchedCount: matched.length, modifiedCount, upsertedCount: 0, upsertedId: null };
  }

  private remove(filter: Filter, max: number, what: string) {
    this.onQuery(`${this.name}.${what}`);
    const doomed = new Set(this.docs.filter((doc) => matches(doc, filter)).slice(0, max));
    this.docs = this.docs.filter((doc) => !doomed.has(doc));
    return { acknowledged: true, deletedCount: doomed.size };
  }
}

function clone<T>(value: T): T {
  if (value instanceof Types.ObjectId) return new Types.ObjectId(value.toHexString()) as T;
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  }
  return value;
}

/** MongoDB equality: ObjectIds by value, an array field matches when any element does. */
function equal(field: unknown, value: unknown): boolean {
  if (Array.isArray(field) && !Array.isArray(value)) return field.some((element) => equal(element, value));
  if (field instanceof Types.ObjectId || value instanceof Types.ObjectId) {
    return field instanceof Types.ObjectId && value instanceof Types.ObjectId && field.equals(value);
  }
  if (value === null) return field === null || field === undefined;
  return field === value;
}

function compare(a: unknown, b: unknown): number {
  const x = a instanceof Types.ObjectId ? a.toHexString() : a;
  const y = b instanceof Types.ObjectId ? b.toHexString() : b;
  if (x === y) return 0;
  if (x === undefined || x === null) return -1;
  if (y === undefined || y === null) return 1;
  return (x as number) < (y as number) ? -1 : 1;
}

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !(value instanceof Types.ObjectId) && !Array.isArray(value)
    && Object.keys(value).length > 0 && Object.keys(value).every((k) => k.startsWith('$'));
}

export function matches(doc: Doc, filter: Filter): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return (condition as Filter[]).every((f) => matches(doc, f));
    if (key === '$or') return (condition as Filter[]).some((f) => matches(doc, f));
    const field = doc[key];
    if (!isOperatorObject(condition)) return equal(field, condition);
    return Object.entries(condition).every(([op, operand]) => {
      switch (op) {
        case '$eq': return equal(field, operand);
        case '$ne': return !equal(field, operand);
        case '$in': return (operand as unknown[]).some((v) => equal(field, v));
        case '$nin': return !(operand as unknown[]).some((v) => equal(field, v));
        case '$gt': return field !== undefined && field !== null && compare(field, operand) > 0;
        case '$gte': return field !== undefined && field !== null && compare(field, operand) >= 0;
        case '$lt': return field !== undefined && field !== null && compare(field, operand) < 0;
        case '$lte': return field !== undefined && field !== null && compare(field, operand) <= 0;
        case '$exists': return (field !== undefined) === Boolean(operand);
        default: throw new Error(`the in-memory MongoDB model does not support ${op}`);
      }
    });
  });
}

/** Inclusion ({ a: 1 }: _id and a) or exclusion ({ a: 0 }) projection, as the server applies it. */
function project(doc: Doc, projection?: Record<string, unknown>): Doc {
  if (!projection || Object.keys(projection).length === 0) return doc;
  const entries = Object.entries(projection);
  const including = entries.some(([key, v]) => key !== '_id' && Boolean(v));
  if (including) {
    const out: Doc = {};
    if (projection._id === undefined || Boolean(projection._id)) if ('_id' in doc) out._id = doc._id;
    for (const [key, v] of entries) if (key !== '_id' && Boolean(v) && key in doc) out[key] = doc[key];
    return out;
  }
  const out = { ...doc };
  for (const [key, v] of entries) if (!v) delete out[key];
  return out;
}
