/**
 * TypeORM repositories: `repo.findOneBy({ key: v })`, `findOneByOrFail`, `findBy({ fk: v })`,
 * `findOne({ where: { key: v }, … })`, `findOneOrFail`, `find({ where: { fk: v }, … })`
 * -> `repo.findBy({ key: In(keys) })` / `repo.find({ where: { key: In(keys) }, … })`.
 */
import { methodCall, unwrap, type NodePath } from '../../../src/analysis';
import { lastName, literalProps, member, modelStem, propertyKey, singleEquality, text, valuePath, type Collect, type Missing, type Recognised, type ShapeContext } from '../read';

const BY_METHODS: Record<string, { collect: Collect; missing: Missing }> = {
  findOneBy: { collect: 'first', missing: 'null' },
  findOneByOrFail: { collect: 'first', missing: 'throw' },
  findBy: { collect: 'group', missing: 'empty' },
};
const OPTION_METHODS: Record<string, { collect: Collect; missing: Missing }> = {
  findOne: { collect: 'first', missing: 'null' },
  findOneOrFail: { collect: 'first', missing: 'throw' },
  find: { collect: 'group', missing: 'empty' },
};
const CARRIED = new Set(['relations', 'order', 'withDeleted', 'relationLoadStrategy', 'loadEagerRelations']);

export function recogniseTypeorm(sc: ShapeContext, call: NodePath): Recognised {
  const info = methodCall(call.node);
  if (!info || info.optional || info.args.length < 1 || info.args.length > 2) return null;
  // EntityManager form: `manager.findOneBy(User, { id })`; the entity target is carried as written.
  const entity = info.args.length === 2 ? unwrap(info.args[0]) : null;
  if (entity && entity.type !== 'Identifier' && entity.type !== 'MemberExpression' && entity.type !== 'StringLiteral') return null;
  const at = entity ? 1 : 0;
  const target = entity ? `${text(sc.ctx, info.args[0])}, ` : '';
  const byForm = BY_METHODS[info.method];
  const optionForm = OPTION_METHODS[info.method];
  if (!byForm && !optionForm) return null;
  // findOne/find({ where }) is also Sequelize's (and find Mongoose's) spelling: only with evidence of TypeORM alone.
  if (optionForm && (!sc.uses.has('typeorm') || sc.uses.has('sequelize'))) return null;
  if (byForm && !sc.uses.has('typeorm')) return null;
  const argPath = call.get('arguments', at);
  const receiver = text(sc.ctx, info.receiver);
  const name = `${receiver}.${info.method}(…)`;
  const stem = modelStem(entity ? (entity.type === 'StringLiteral' ? entity.value : lastName(entity)) : lastName(unwrap(info.receiver)));
  let eq;
  let keyPath: NodePath;
  let others: string[] = [];
  let ordered = false;
  if (byForm) {
    eq = singleEquality(info.args[at]);
    if (!eq) return null;
    keyPath = valuePath(argPath, eq.prop);
  } else {
    const props = literalProps(info.args[at]);
    const where = props?.get('where');
    if (!props || !where) return null;
    eq = singleEquality(where.value);
    if (!eq) return null;
    for (const option of props.keys()) {
      if (option !== 'where' && !CARRIED.has(option)) {
        return { reason: `${name} has \`${option}\`, which applies to each item's query: one batched query would apply it once` };
      }
    }
    keyPath = valuePath(argPath.get('properties', [...props.values()].indexOf(where), 'value'), eq.prop);
    others = [...props.entries()].filter(([k]) => k !== 'where').map(([, p]) => text(sc.ctx, p));
    ordered = props.has('order');
  }
  const shape = byForm ?? optionForm;
  const field = eq.field;
  const assumptions = [
    `keys have the same JavaScript type as ${field} in the rows (the index compares with ===, so '3' does not find 3)`,
    shape.collect === 'first'
      ? `${field} is unique (a primary key or unique column), so ${info.method} had only one row to return per key`
      : ordered
        ? "each item's rows keep the order option's order (ties may come in another order)"
        : "without an order option the database decides the order of each item's rows; the batched query is assumed to give them in the same order",
  ];
  return {
    orm: 'typeorm',
    call,
    key: keyPath,
    field,
    stem,
    ...shape,
    unique: false,
    batch: (keys, names) => (byForm
      ? `${receiver}.findBy(${target}{ ${propertyKey(field)}: ${names.In}(${keys}) })`
      : `${receiver}.find(${target}{ where: { ${propertyKey(field)}: ${names.In}(${keys}) }${others.map((o) => `, ${o}`).join('')} })`),
    rowKey: (row) => member(row, field),
    imports: [{ source: 'typeorm', name: 'In' }],
    assumptions,
    single: info.method,
    batched: byForm ? 'findBy' : 'find',
  };
}
