/**
 * Knex: `knex('t').where({ key: v }).first()`, `.where('key', v)`, `.where('key', '=', v)`, with
 * `select(…)`/`orderBy(…)` anywhere in the chain -> `knex('t').whereIn('key', keys)…`.
 */
import { methodCall, unwrap, type AnyNode, type NodePath } from '../../../src/analysis';
import { isKeyValue, member, modelStem, singleEquality, text, type Recognised, type ShapeContext } from '../read';

const CARRIED = new Set(['select', 'orderBy', 'column', 'columns']);
// A chain with one of these writes: it is not a read at all.
const WRITES = new Set(['update', 'insert', 'del', 'delete', 'increment', 'decrement', 'upsert', 'merge', 'onConflict', 'returning', 'truncate']);

export function recogniseKnex(sc: ShapeContext, call: NodePath): Recognised {
  if (!sc.uses.has('knex')) return null;
  // Walk the chain from the outermost call to the base `knex('table')`.
  const links: { path: NodePath; method: string; args: AnyNode[] }[] = [];
  let p = call;
  for (;;) {
    const info = methodCall(p.node);
    // The chain goes on while the receiver is itself a call (`knex('t').where(…)`); `db.knex('t')` is the base.
    if (!info || unwrap(info.receiver)?.type !== 'CallExpression') break;
    links.unshift({ path: p, method: info.method, args: info.args });
    p = p.get('callee', 'object');
  }
  const base = unwrap(p.node);
  if (base?.type !== 'CallExpression' || base.arguments.length !== 1 || !isStringLiteral(base.arguments[0])) return null;
  const table = base.arguments[0].value as string;
  if (links.some((l) => WRITES.has(l.method))) return null;
  const wheres = links.filter((l) => l.method === 'where');
  if (wheres.length !== 1) return null;
  const where = wheres[0];
  let field: string;
  let keyPath: NodePath;
  if (where.args.length === 1) {
    const eq = singleEquality(where.args[0]);
    if (!eq) return null;
    field = eq.field;
    keyPath = where.path.get('arguments', 0).get('properties', where.args[0].properties.indexOf(eq.prop), 'value');
  } else if ((where.args.length === 2 || (where.args.length === 3 && isStringLiteral(where.args[1]) && where.args[1].value === '=')) && isStringLiteral(where.args[0])) {
    if (!isKeyValue(where.args[where.args.length - 1])) return null;
    field = where.args[0].value;
    keyPath = where.path.get('arguments', where.args.length - 1);
  } else {
    return null;
  }
  const first = links[links.length - 1].method === 'first' && links[links.length - 1].args.length === 0;
  const body = first ? links.slice(0, -1) : links;
  const name = `${text(sc.ctx, base)}.where(…)${first ? '.first()' : ''}`;
  for (const link of body) {
    if (link !== where && !CARRIED.has(link.method)) {
      return { reason: `${name} also calls .${link.method}(…), which applies to each item's query: one batched query would apply it once` };
    }
  }
  const column = field.split('.').pop()!;
  for (const link of body.filter((l) => l.method === 'select' || l.method === 'column' || l.method === 'columns')) {
    const names = link.args.map((a) => (isStringLiteral(a) ? a.value : null));
    if (names.includes(null) || !names.some((n) => n === '*' || n === field || n === column || n?.endsWith('.*'))) {
      return { reason: `${name} does not select ${column}, which the batched rows need to be told apart` };
    }
  }
  const ordered = body.some((l) => l.method === 'orderBy');
  const parts = body.map((l) => (l === where ? null : sc.ctx.source.slice(l.path.node.callee.object.end, l.path.node.end)));
  return {
    orm: 'knex',
    call,
    key: keyPath,
    field: column,
    stem: modelStem(table),
    collect: first ? 'first' : 'group',
    missing: first ? 'undefined' : 'empty',
    unique: false,
    batch: (keys) => `${text(sc.ctx, base)}${parts.map((part) => part ?? `.whereIn('${field.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}', ${keys})`).join('')}`,
    rowKey: (row) => member(row, column),
    imports: [],
    assumptions: [
      `keys have the same JavaScript type as ${column} in the rows (the index compares with ===, so '3' does not find 3)`,
      first
        ? `${column} is unique, or the batched query returns first, for each key, the row .first() returned${ordered ? ' (same orderBy; ties may differ)' : ' (without orderBy the database decides)'}`
        : ordered
          ? "each item's rows keep the orderBy order (ties may come in another order)"
          : "without orderBy the database decides the order of each item's rows; the batched query is assumed to give them in the same order",
    ],
    single: first ? 'where(…).first()' : 'where(…)',
    batched: 'whereIn(…)',
  };
}

function isStringLiteral(node: AnyNode): boolean {
  return node?.type === 'StringLiteral' || (node?.type === 'Literal' && typeof node.value === 'string');
}
