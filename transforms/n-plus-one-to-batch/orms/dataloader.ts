/**
 * DataLoader: `await loader.load(k)` in a sequential loop sends one batch per item (the loader
 * batches only loads made in the same tick). One `await loader.loadMany(keys)` before the loop
 * fills the loader's cache in one batch; each `load(k)` in the loop then resolves (or rejects)
 * from the cache exactly as before.
 */
import { methodCall, unwrap, type NodePath } from '../../../src/analysis';
import { lastName, modelStem, text, type Recognised, type ShapeContext } from '../read';

export function recogniseDataLoader(sc: ShapeContext, call: NodePath): Recognised {
  if (!sc.uses.has('dataloader')) return null;
  const info = methodCall(call.node);
  if (!info || info.method !== 'load' || info.optional || info.args.length !== 1 || info.args[0].type === 'SpreadElement') return null;
  const loader = unwrap(info.receiver);
  if ((loader.type !== 'Identifier' && loader.type !== 'MemberExpression') || !/loader/i.test(lastName(loader))) return null;
  const receiver = text(sc.ctx, info.receiver);
  return {
    orm: 'dataloader',
    call,
    key: call.get('arguments', 0),
    field: 'key',
    stem: modelStem(lastName(loader)),
    collect: 'one',
    missing: 'null',
    unique: true,
    batch: (keys) => `${receiver}.loadMany(${keys})`,
    rowKey: () => '',
    imports: [],
    assumptions: [`${receiver} caches its results (DataLoader's default): with cache: false each load(…) would query again`],
    single: 'load',
    batched: 'loadMany',
    primeOnly: true,
  };
}
