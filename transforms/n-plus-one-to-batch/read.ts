/**
 * What every ORM shape reports about one per-item read: where its key is, how the batched query
 * is written, how rows are indexed and what a missing key gives back.
 */
import type { AnyNode, NodePath } from '../../src/analysis';
import type { TransformContext } from '../../src/engine/types';

export type Orm = 'prisma' | 'typeorm' | 'sequelize' | 'drizzle' | 'knex' | 'mongoose' | 'dataloader' | 'service';

/**
 * How rows of the batched query become per-item results: `one` row per key (the key is unique by
 * the API), the `first` row per key in query order, or the `group` of rows per key, order kept.
 */
export type Collect = 'one' | 'first' | 'group';

/** What the single read gave for a key without rows: `throw` re-runs the single read, which throws its own error. */
export type Missing = 'null' | 'undefined' | 'empty' | 'throw';

/** Local names of the imports a batched query needs (`In`, `inArray`, `Op`), by imported name. */
export type ImportNames = Record<string, string>;

export interface BatchRead {
  orm: Orm;
  /** The whole read expression (the call chain that is awaited). */
  call: NodePath;
  /** The key expression inside it: the only part that differs between items. */
  key: NodePath;
  /** The column (or field) the key is compared with, for names and messages. */
  field: string;
  /** A stem for the index name: the model or table (`user`, `posts`). */
  stem: string;
  collect: Collect;
  missing: Missing;
  /** The API guarantees at most one row per key (findUnique, findByPk, findById, a loader). */
  unique: boolean;
  /** The read is validated against the schema's types (Prisma): a key of another type throws instead of missing. */
  typedKeys?: boolean;
  /** Keys compare by `String(key)` (Mongoose ObjectIds). */
  stringKeys?: boolean;
  /** The batched query text for a list of keys, e.g. `prisma.user.findMany({ where: { id: { in: ids } } })`. */
  batch(keys: string, names: ImportNames): string;
  /** The key of a row of the batched query, e.g. `row.id`. */
  rowKey(row: string): string;
  /** Set when the key was added to the query's selection: it is taken out of each row again. */
  hiddenKey?: string;
  /** Imports the batched query needs. */
  imports: { source: string; name: string }[];
  /** Shape-specific assumptions (order, uniqueness, key types). */
  assumptions: string[];
  /** For messages: the single read and the batched method (`findUniqueOrThrow`, `findMany`). */
  single: string;
  batched: string;
  /** DataLoader: the batch only primes the loader's cache; the reads stay as they are. */
  primeOnly?: boolean;
  /** Rows per batched query (chunking); undefined = one query for any number of keys. */
  chunk?: number;
}

/** A recognised read that cannot be batched, with the reason in words. */
export interface NotBatchable {
  reason: string;
}

export type Recognised = BatchRead | NotBatchable | null;

export function isBatchRead(r: Recognised): r is BatchRead {
  return !!r && 'batch' in r;
}

/** What the recognisers need besides the node: the source text and which ORMs the file is evidently using. */
export interface ShapeContext {
  ctx: TransformContext;
  uses: Set<Orm>;
  /** Local name of drizzle-orm's `eq` in this file, when imported. */
  drizzleEq: string | null;
}

export function text(ctx: TransformContext, node: AnyNode): string {
  return ctx.source.slice(node.start, node.end);
}

/** The properties of an object literal by static name; null when it has spreads, computed keys or methods. */
export function literalProps(node: AnyNode): Map<string, AnyNode> | null {
  if (node?.type !== 'ObjectExpression') return null;
  const props = new Map<string, AnyNode>();
  for (const p of node.properties) {
    if ((p.type !== 'ObjectProperty' && p.type !== 'Property') || p.computed || p.kind === 'get' || p.kind === 'set' || p.method) return null;
    const name = p.key.type === 'Identifier' ? p.key.name : typeof p.key.value === 'string' ? p.key.value : null;
    if (name === null) return null;
    props.set(name, p);
  }
  return props;
}

/**
 * A key value a batched query can take instead: a variable, a property chain, or String/Number of
 * one. Anything else (an operator object, `In(…)`, a call) is not a per-item equality read.
 */
export function isKeyValue(node: AnyNode): boolean {
  const n = node?.type === 'TSAsExpression' || node?.type === 'TSNonNullExpression' ? node.expression : node;
  if (!n) return false;
  if (n.type === 'Identifier') return n.name !== 'undefined';
  if (n.type === 'MemberExpression') return isKeyValue(n.object) && (!n.computed || ['StringLiteral', 'NumericLiteral', 'Literal', 'Identifier'].includes(n.property.type));
  if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && ['String', 'Number'].includes(n.callee.name) && n.arguments.length === 1) {
    return isKeyValue(n.arguments[0]);
  }
  return false;
}

/** A property key as it may be written in generated code. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** `row.id` or `row["first name"]`. */
export function member(object: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${object}.${name}` : `${object}[${JSON.stringify(name)}]`;
}

/** The value node of the single property of `{ field: value }`, when the object is exactly that. */
export function singleEquality(node: AnyNode): { field: string; value: AnyNode; prop: AnyNode } | null {
  const props = literalProps(node);
  if (!props || props.size !== 1) return null;
  const [[field, prop]] = [...props];
  const value = prop.value;
  if (!isKeyValue(value)) return null;
  return { field, value, prop };
}

/** The path of a property's value inside a call's object argument. */
export function valuePath(objectPath: NodePath, prop: AnyNode): NodePath {
  const index = objectPath.node.properties.indexOf(prop);
  return objectPath.get('properties', index, 'value');
}

/** The last identifier-ish part of an expression's text, for names: `this.userRepo` -> `userRepo`. */
export function lastName(node: AnyNode): string {
  const n = node?.type === 'TSNonNullExpression' ? node.expression : node;
  if (n?.type === 'Identifier') return n.name;
  if (n?.type === 'MemberExpression' && !n.computed) return n.property.name;
  if (n?.type === 'CallExpression') return lastName(n.callee);
  return 'rows';
}

/** `userRepository` -> `user`, `UserModel` -> `user`, `db.users` -> `users`. */
export function modelStem(name: string): string {
  const bare = name.replace(/(Repository|Repo|Model|Table|Loader|Service)$/, '') || name;
  return bare[0].toLowerCase() + bare.slice(1);
}
