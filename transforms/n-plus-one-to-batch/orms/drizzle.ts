/**
 * Drizzle: `db.select().from(t).where(eq(t.key, v))` (rows: an array, `[]` for none) and
 * `db.query.t.findFirst({ where: eq(t.key, v) })` / `findMany(…)` -> the same with `inArray(t.key, keys)`.
 */
import { methodCall, unwrap, type AnyNode, type NodePath } from '../../../src/analysis';
import { literalProps, member, modelStem, text, type Recognised, type ShapeContext } from '../read';
import { isKeyValue } from '../read';

/** `eq(t.col, v)` with drizzle-orm's `eq`: the column, its property name and the value's path. */
function equality(sc: ShapeContext, path: NodePath): { column: AnyNode; field: string; value: NodePath } | null {
  const node = path.node;
  if (!sc.drizzleEq || node?.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== sc.drizzleEq) return null;
  if (node.arguments.length !== 2) return null;
  const [column, value] = node.arguments;
  if (column.type !== 'MemberExpression' || column.computed || !isKeyValue(value)) return null;
  return { column, field: column.property.name, value: path.get('arguments', 1) };
}

export function recogniseDrizzle(sc: ShapeContext, call: NodePath): Recognised {
  return selectChain(sc, call) ?? relationalQuery(sc, call);
}

function selectChain(sc: ShapeContext, call: NodePath): Recognised {
  // Outermost first: [.orderBy(…)] .where(eq(…)) .from(t) .select()
  let p = call;
  const trailing: AnyNode[] = [];
  let info = methodCall(p.node);
  while (info && info.method === 'orderBy') {
    trailing.unshift(p.node);
    p = p.get('callee', 'object');
    info = methodCall(p.node);
  }
  if (!info || info.method !== 'where' || info.args.length !== 1) return null;
  const eq = equality(sc, p.get('arguments', 0));
  if (!eq) return null;
  const from = methodCall(info.receiver);
  if (!from || from.method !== 'from' || from.args.length !== 1) return null;
  const select = methodCall(from.receiver);
  if (!select || select.method !== 'select') return null;
  const table = from.args[0];
  if (text(sc.ctx, table) !== text(sc.ctx, eq.column.object)) return null;
  const name = `${text(sc.ctx, unwrap(from.receiver).callee)}().from(${text(sc.ctx, table)}).where(…)`;
  if (select.args.length > 0) return { reason: `${name} selects a field list: perfmod batches only select() of whole rows` };
  const head = text(sc.ctx, info.receiver);
  const tail = trailing.map((t) => sc.ctx.source.slice(t.callee.object.end, t.end)).join('');
  const field = eq.field;
  return {
    orm: 'drizzle',
    call,
    key: eq.value,
    field,
    stem: modelStem(text(sc.ctx, table).split('.').pop()!),
    collect: 'group',
    missing: 'empty',
    unique: false,
    batch: (keys, names) => `${head}.where(${names.inArray}(${text(sc.ctx, eq.column)}, ${keys}))${tail}`,
    rowKey: (row) => member(row, field),
    imports: [{ source: 'drizzle-orm', name: 'inArray' }],
    assumptions: [
      `keys have the same JavaScript type as ${field} in the rows (the index compares with ===, so '3' does not find 3)`,
      trailing.length > 0
        ? "each item's rows keep the orderBy order (ties may come in another order)"
        : "without orderBy the database decides the order of each item's rows; the batched query is assumed to give them in the same order",
    ],
    single: 'select().from().where(eq(…))',
    batched: 'where(inArray(…))',
  };
}

function relationalQuery(sc: ShapeContext, call: NodePath): Recognised {
  const info = methodCall(call.node);
  if (!info || (info.method !== 'findFirst' && info.method !== 'findMany') || info.args.length !== 1) return null;
  const table = unwrap(info.receiver);
  if (table.type !== 'MemberExpression' || methodCall(table.object) || unwrap(table.object).type !== 'MemberExpression' || unwrap(table.object).property.name !== 'query') return null;
  const props = literalProps(info.args[0]);
  const where = props?.get('where');
  if (!props || !where) return null;
  const objectPath = call.get('arguments', 0);
  const eq = equality(sc, objectPath.get('properties', [...props.values()].indexOf(where), 'value'));
  if (!eq) return null;
  const name = `${text(sc.ctx, info.receiver)}.${info.method}(…)`;
  for (const option of props.keys()) {
    if (option !== 'where' && option !== 'with' && option !== 'orderBy') {
      return { reason: `${name} has \`${option}\`, which applies to each item's query: one batched query would apply it once` };
    }
  }
  const others = [...props.entries()].filter(([k]) => k !== 'where').map(([, p]) => text(sc.ctx, p));
  const first = info.method === 'findFirst';
  const field = eq.field;
  const ordered = props.has('orderBy');
  return {
    orm: 'drizzle',
    call,
    key: eq.value,
    field,
    stem: modelStem(table.property.name),
    collect: first ? 'first' : 'group',
    missing: first ? 'undefined' : 'empty',
    unique: false,
    batch: (keys, names) => `${text(sc.ctx, info.receiver)}.findMany({ where: ${names.inArray}(${text(sc.ctx, eq.column)}, ${keys})${others.map((o) => `, ${o}`).join('')} })`,
    rowKey: (row) => member(row, field),
    imports: [{ source: 'drizzle-orm', name: 'inArray' }],
    assumptions: [
      `keys have the same JavaScript type as ${field} in the rows (the index compares with ===, so '3' does not find 3)`,
      first
        ? `${field} is unique, or the batched query returns first, for each key, the row findFirst returned${ordered ? ' (same orderBy; ties may differ)' : ' (without orderBy the database decides)'}`
        : ordered
          ? "each item's rows keep the orderBy order (ties may come in another order)"
          : "without orderBy the database decides the order of each item's rows; the batched query is assumed to give them in the same order",
    ],
    single: info.method,
    batched: 'findMany',
  };
}
