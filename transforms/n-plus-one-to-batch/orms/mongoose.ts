/**
 * Mongoose: `Model.findById(v)`, `Model.findOne({ key: v })`, `Model.find({ fk: v })`, with
 * `.lean()`, `.sort(…)`, `.populate(…)`, `.exec()` chained -> `Model.find({ key: { $in: keys } })…`,
 * indexed by `String(key)`: ObjectIds are equal by value only that way.
 */
import { methodCall, unwrap, type AnyNode, type NodePath } from '../../../src/analysis';
import { lastName, literalProps, member, modelStem, singleEquality, text, type Recognised, type ShapeContext } from '../read';

const CHAINED = new Set(['lean', 'sort', 'populate', 'exec']);

export function recogniseMongoose(sc: ShapeContext, call: NodePath): Recognised {
  if (!sc.uses.has('mongoose')) return null;
  const chain: AnyNode[] = [];
  let p = call;
  let info = methodCall(p.node);
  while (info && CHAINED.has(info.method)) {
    chain.unshift(p.node);
    p = p.get('callee', 'object');
    info = methodCall(p.node);
  }
  if (!info || !['findById', 'findOne', 'find'].includes(info.method)) return null;
  const model = unwrap(info.receiver);
  if (model.type !== 'Identifier' && model.type !== 'MemberExpression') return null;
  const receiver = text(sc.ctx, info.receiver);
  const name = `${receiver}.${info.method}(…)`;
  let field: string;
  let keyPath: NodePath;
  // A projection (second argument) is carried when it keeps _id (Mongoose always returns _id unless excluded).
  const projection = info.args[1];
  if (info.args.length > 2) return { reason: `${name} has options: perfmod batches only a filter and a projection` };
  if (projection) {
    const props = literalProps(projection);
    const excludesKey = (key: string) => props?.get(key) && [0, false].includes(props.get(key).value.value);
    if (!props || excludesKey('_id')) return { reason: `${name} has a projection perfmod cannot read (it must be an object literal that keeps _id)` };
    const included = [...props.values()].some((v) => [1, true].includes(v.value.value));
    if (info.method !== 'findById' && included) return { reason: `${name} has an inclusive projection: the batched query needs the key field too` };
  }
  if (info.method === 'findById') {
    if (info.args.length < 1) return null;
    field = '_id';
    keyPath = p.get('arguments', 0);
  } else {
    if (info.args.length < 1) return null;
    const eq = singleEquality(info.args[0]);
    if (!eq || eq.field === 'where') return null;
    field = eq.field;
    keyPath = p.get('arguments', 0).get('properties', info.args[0].properties.indexOf(eq.prop), 'value');
  }
  const tail = chain.map((c) => sc.ctx.source.slice(c.callee.object.end, c.end));
  const exec = tail.length > 0 && chain[chain.length - 1].callee.property.name === 'exec';
  const ordered = chain.some((c) => c.callee.property.name === 'sort');
  const collect = info.method === 'find' ? 'group' : info.method === 'findById' ? 'one' : 'first';
  const assumptions: string[] = [];
  if (collect === 'first') assumptions.push(`${field} is unique, or the batched find returns first, for each key, the document findOne returned${ordered ? ' (same sort; ties may differ)' : ' (without sort the database decides)'}`);
  if (collect === 'group') {
    assumptions.push(ordered
      ? "each item's documents keep the sort order (ties may come in another order)"
      : "without sort the database decides the order of each item's documents; the batched find is assumed to give them in the same order");
  }
  assumptions.push(`two keys select the same documents exactly when String(key) is equal (ObjectIds and their hex strings)`);
  return {
    orm: 'mongoose',
    call,
    key: keyPath,
    field,
    stem: modelStem(lastName(model)),
    collect,
    missing: collect === 'group' ? 'empty' : 'null',
    unique: info.method === 'findById',
    stringKeys: true,
    batch: (keys) => `${receiver}.find({ ${field}: { $in: ${keys} } }${projection ? `, ${text(sc.ctx, projection)}` : ''})${(exec ? tail.slice(0, -1) : tail).join('')}${exec ? '.exec()' : ''}`,
    rowKey: (row) => `String(${member(row, field)})`,
    imports: [],
    assumptions,
    single: info.method,
    batched: 'find',
  };
}
