/**
 * Methods the project declares in perfmod.config.json:
 * `{ "n-plus-one-to-batch": { "methods": [{ "single": "users.getById", "batch": "users.getByIds", "key": "id" }] } }`.
 * `single(key)` returns one row (or `missing`), `batch(keys)` the rows found for the keys, in any
 * order; rows are indexed by `row[key]`. With `"many": true`, `single(key)` returns an array of rows.
 */
import { describe, type NodePath } from '../../../src/analysis';
import { member, modelStem, text, type Missing, type Recognised, type ShapeContext } from '../read';

export interface DeclaredMethod {
  single: string;
  batch: string;
  key: string;
  many?: boolean;
  missing?: 'null' | 'undefined';
  batchSize?: number;
}

/** The `methods` option, validated: a wrong entry is an error with the reason, never silently ignored. */
export function declaredMethods(options: Record<string, unknown>): DeclaredMethod[] {
  const methods = options.methods;
  if (methods === undefined) return [];
  if (!Array.isArray(methods)) throw new Error('n-plus-one-to-batch: "methods" must be an array of { single, batch, key }');
  return methods.map((m, i) => {
    const where = `n-plus-one-to-batch: methods[${i}]`;
    if (!m || typeof m !== 'object') throw new Error(`${where} must be an object { single, batch, key }`);
    for (const k of ['single', 'batch', 'key']) {
      if (typeof m[k] !== 'string' || m[k] === '') throw new Error(`${where}.${k} must be a non-empty string`);
    }
    if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(m.single) || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(m.batch)) {
      throw new Error(`${where}: single and batch must be dotted names like "users.getById"`);
    }
    if (m.missing !== undefined && m.missing !== 'null' && m.missing !== 'undefined') throw new Error(`${where}.missing must be "null" or "undefined"`);
    if (m.batchSize !== undefined && !(Number.isInteger(m.batchSize) && m.batchSize > 0)) throw new Error(`${where}.batchSize must be a positive integer`);
    return m as DeclaredMethod;
  });
}

export function recogniseDeclared(sc: ShapeContext, call: NodePath, methods: DeclaredMethod[]): Recognised {
  const node = call.node;
  if (node.type !== 'CallExpression' || node.arguments.length !== 1 || node.arguments[0].type === 'SpreadElement') return null;
  const callee = describe(node.callee);
  const method = methods.find((m) => callee === m.single || callee.endsWith(`.${m.single}`));
  if (!method) return null;
  const calleeText = text(sc.ctx, node.callee);
  if (!calleeText.endsWith(method.single.split('.').pop()!)) return null;
  // `db.users.getById` with single `users.getById` and batch `users.getByIds` -> `db.users.getByIds`.
  const prefix = calleeText.slice(0, calleeText.length - method.single.length);
  if (describe(node.callee) !== `${prefix}${method.single}`.replace(/\s/g, '')) return null;
  const missing: Missing = method.many ? 'empty' : method.missing ?? 'null';
  return {
    orm: 'service',
    call,
    key: call.get('arguments', 0),
    field: method.key,
    stem: modelStem(method.single.split('.').slice(-2)[0] ?? 'rows'),
    collect: method.many ? 'group' : 'first',
    missing,
    unique: false,
    batch: (keys) => `${prefix}${method.batch}(${keys})`,
    rowKey: (row) => member(row, method.key),
    imports: [],
    assumptions: [
      `${method.batch}(keys) returns, for each key, the rows ${method.single}(key) returns${method.many ? ' (in the same order)' : ''}, each with ${method.key} equal to its key (===), as declared in perfmod.config.json`,
    ],
    single: method.single,
    batched: method.batch,
    chunk: method.batchSize,
  };
}
