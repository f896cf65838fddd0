/**
 * Sequelize models: `Model.findByPk(v, opts?)`, `Model.findOne({ where: { key: v }, … })`,
 * `Model.findAll({ where: { fk: v }, … })` -> `Model.findAll({ where: { key: { [Op.in]: keys } }, … })`.
 */
import { methodCall, unwrap, type NodePath } from '../../../src/analysis';
import { lastName, literalProps, member, modelStem, propertyKey, singleEquality, text, valuePath, type Recognised, type ShapeContext } from '../read';

const CARRIED = new Set(['include', 'order', 'raw', 'paranoid', 'nest']);

export function recogniseSequelize(sc: ShapeContext, call: NodePath): Recognised {
  const info = methodCall(call.node);
  if (!info || info.optional || !sc.uses.has('sequelize')) return null;
  if (!['findByPk', 'findOne', 'findAll'].includes(info.method)) return null;
  if (info.method === 'findOne' && sc.uses.has('typeorm')) return null;
  const model = unwrap(info.receiver);
  if (model.type !== 'Identifier' && model.type !== 'MemberExpression') return null;
  const receiver = text(sc.ctx, info.receiver);
  const name = `${receiver}.${info.method}(…)`;
  let keyPath: NodePath;
  let field: string | null;
  let optionsNode = null;
  if (info.method === 'findByPk') {
    if (info.args.length < 1 || info.args.length > 2 || info.args[0].type === 'SpreadElement') return null;
    keyPath = call.get('arguments', 0);
    field = null;
    optionsNode = info.args[1] ?? null;
  } else {
    if (info.args.length !== 1) return null;
    const props = literalProps(info.args[0]);
    const where = props?.get('where');
    if (!props || !where) return null;
    const eq = singleEquality(where.value);
    if (!eq) return null;
    field = eq.field;
    keyPath = valuePath(call.get('arguments', 0).get('properties', [...props.values()].indexOf(where), 'value'), eq.prop);
    optionsNode = info.args[0];
  }
  const others: string[] = [];
  let ordered = false;
  let raw = false;
  if (optionsNode) {
    const props = literalProps(optionsNode);
    if (!props) return { reason: `${name} takes options that are not an object literal: perfmod cannot tell what they do` };
    for (const [option, p] of props) {
      if (option === 'where' && info.method !== 'findByPk') continue;
      if (!CARRIED.has(option)) {
        return { reason: `${name} has \`${option}\`, which applies to each item's query: one batched query would apply it once` };
      }
      others.push(text(sc.ctx, p));
      if (option === 'order') ordered = true;
      if (option === 'raw') raw = p.value.value === true;
    }
  }
  const fieldKey = field === null ? `[${receiver}.primaryKeyAttribute]` : propertyKey(field);
  const collect = info.method === 'findAll' ? 'group' : info.method === 'findByPk' ? 'one' : 'first';
  const shown = field ?? 'the primary key';
  const assumptions = [`keys have the same JavaScript type as ${shown} in the rows (the index compares with ===, so '3' does not find 3)`];
  if (collect === 'first') assumptions.push(`${shown} is unique (a primary key or unique column), so findOne had only one row to return per key`);
  if (collect === 'group') {
    assumptions.push(ordered
      ? "each item's rows keep the order option's order (ties may come in another order)"
      : "without an order option the database decides the order of each item's rows; the batched query is assumed to give them in the same order");
  }
  return {
    orm: 'sequelize',
    call,
    key: keyPath,
    field: field ?? 'pk',
    stem: modelStem(lastName(model)),
    collect,
    missing: collect === 'group' ? 'empty' : 'null',
    unique: info.method === 'findByPk',
    batch: (keys, names) => `${receiver}.findAll({ where: { ${fieldKey}: { [${names.Op}.in]: ${keys} } }${others.map((o) => `, ${o}`).join('')} })`,
    // Model instances read attributes with get(); raw rows are plain objects.
    rowKey: (row) => (field === null ? (raw ? `${row}[${receiver}.primaryKeyAttribute]` : `${row}.get(${receiver}.primaryKeyAttribute)`) : member(row, field)),
    imports: [{ source: 'sequelize', name: 'Op' }],
    assumptions,
    single: info.method,
    batched: 'findAll',
  };
}
