/**
 * Prisma: `client.model.findUnique({ where: { key: v }, select?, include? })` and its siblings
 * -> `client.model.findMany({ where: { key: { in: keys } }, … })`.
 */
import { methodCall, unwrap, type NodePath } from '../../../src/analysis';
import { literalProps, member, propertyKey, singleEquality, text, valuePath, type BatchRead, type Collect, type Missing, type Recognised, type ShapeContext } from '../read';

const METHODS: Record<string, { collect: Collect; missing: Missing; unique: boolean }> = {
  findUnique: { collect: 'one', missing: 'null', unique: true },
  findUniqueOrThrow: { collect: 'one', missing: 'throw', unique: true },
  findFirst: { collect: 'first', missing: 'null', unique: false },
  findFirstOrThrow: { collect: 'first', missing: 'throw', unique: false },
  findMany: { collect: 'group', missing: 'empty', unique: false },
};

// Options that apply to the whole batched query just as they applied to each single one.
const CARRIED = new Set(['select', 'include', 'orderBy', 'omit']);

export function recognisePrisma(sc: ShapeContext, call: NodePath): Recognised {
  const info = methodCall(call.node);
  if (!info || !(info.method in METHODS) || info.optional) return null;
  const model = unwrap(info.receiver);
  if (model.type !== 'MemberExpression' || model.computed) return null;
  if (info.args.length !== 1) return null;
  const argPath = call.get('arguments', 0);
  const props = literalProps(info.args[0]);
  const where = props?.get('where');
  // Drizzle's relational queries take `where: eq(…)`; Prisma's take an object.
  if (!props || !where || where.value.type !== 'ObjectExpression') return null;
  const eq = singleEquality(where.value);
  if (!eq) return null;
  const shape = METHODS[info.method];
  const name = `${text(sc.ctx, info.receiver)}.${info.method}(…)`;
  for (const option of props.keys()) {
    if (option !== 'where' && !CARRIED.has(option)) {
      return { reason: `${name} has \`${option}\`, which applies to each item's query: one batched query would apply it once` };
    }
  }
  const select = props.get('select');
  const selectProps = select ? literalProps(select.value) : null;
  if (select && !selectProps) return { reason: `${name} has a select that is not an object literal: perfmod cannot add the key to it` };
  const selectsKey = !select || selectProps!.get(eq.field)?.value.value === true;
  const hiddenKey = selectsKey ? undefined : eq.field;
  const whereValuePath = valuePath(argPath.get('properties', [...props.values()].indexOf(where), 'value'), eq.prop);
  const receiver = text(sc.ctx, info.receiver);
  const assumptions: string[] = [];
  const orderBy = props.get('orderBy');
  if (shape.collect === 'first') {
    assumptions.push(orderBy
      ? `the batched query orders rows by the same orderBy, so each key's first row is the one ${info.method} returned (ties in orderBy may come in another order)`
      : `without orderBy the database decides which matching row ${info.method} returns; the batched query is assumed to return that row first for each key (true when ${eq.field} is unique)`);
  }
  if (shape.collect === 'group') {
    assumptions.push(orderBy
      ? "each item's rows keep the orderBy order (ties in orderBy may come in another order)"
      : "without orderBy the database decides the order of each item's rows; the batched query is assumed to give them in the same order");
  }
  const read: BatchRead = {
    orm: 'prisma',
    call,
    key: whereValuePath,
    field: eq.field,
    stem: model.property.name,
    ...shape,
    typedKeys: true,
    batch(keys) {
      const others = [...props.entries()].filter(([k]) => k !== 'where').map(([k, p]) => (k === 'select' && hiddenKey
        ? `select: { ${selectProps!.size > 0 ? `${[...selectProps!.values()].map((s) => text(sc.ctx, s)).join(', ')}, ` : ''}${propertyKey(eq.field)}: true }`
        : text(sc.ctx, p)));
      return `${receiver}.findMany({ where: { ${propertyKey(eq.field)}: { in: ${keys} } }${others.map((o) => `, ${o}`).join('')} })`;
    },
    rowKey: (row) => member(row, eq.field),
    hiddenKey,
    imports: [],
    assumptions,
    single: info.method,
    batched: 'findMany',
  };
  return read;
}
