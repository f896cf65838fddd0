import { Document, Types } from 'mongoose';
import { Model as SequelizeModel } from 'sequelize';

/**
 * ORM objects as plain data, so that two runs compare by what the code can read: Sequelize
 * instances by `get({ plain: true })`, Mongoose documents by `toObject()`, ObjectIds by their
 * hex string. The class of an entity is kept (as the prototype's name, e.g. `Sequelize:User`,
 * `User` for a TypeORM entity), so a rewrite that returns plain rows for entities is caught.
 * The copy is a tree: a row object shared by two items (the index hands the same row to every
 * item with that key) compares like two equal rows; a cycle becomes '[Circular]'.
 */
export function normalize(value: unknown): unknown {
  return visit(value, new Set());
}

const prototypes = new Map<string, object>();
/** A prototype whose constructor name is `name`, the way the equality harness reads classes. */
function tagged(name: string): object {
  let proto = prototypes.get(name);
  if (!proto) {
    proto = { constructor: { name } };
    prototypes.set(name, proto);
  }
  return proto;
}

function visit(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Types.ObjectId) return Object.assign(Object.create(tagged('ObjectId')), { hex: value.toHexString() });
  if (value instanceof Date || value instanceof RegExp) return value;
  if (ancestors.has(value)) return '[Circular]';
  ancestors.add(value);
  try {
    if (value instanceof SequelizeModel) {
      const name = (value.constructor as { name: string }).name;
      return copyInto(Object.create(tagged(`Sequelize:${name}`)), value.get({ plain: true }), ancestors);
    }
    if (value instanceof Document) {
      const name = (value.constructor as { modelName?: string }).modelName ?? 'Document';
      return copyInto(Object.create(tagged(`Mongoose:${name}`)), value.toObject(), ancestors);
    }
    if (Array.isArray(value)) return value.map((element) => visit(element, ancestors));
    if (value instanceof Map) return new Map([...value].map(([k, v]) => [visit(k, ancestors), visit(v, ancestors)]));
    if (value instanceof Set) return new Set([...value].map((v) => visit(v, ancestors)));
    const proto = Object.getPrototypeOf(value);
    const name = proto === null ? 'null' : (proto as { constructor?: { name?: string } }).constructor?.name ?? '?';
    return copyInto(name === 'Object' ? {} : Object.create(tagged(name)), value, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function copyInto(target: Record<string, unknown>, source: object, ancestors: Set<object>): object {
  for (const key of Object.keys(source)) target[key] = visit((source as Record<string, unknown>)[key], ancestors);
  return target;
}
