import type { PerfTransform, TransformContext } from '../src/engine/types';
import { jscodeshiftEntry } from '../src/engine/jscodeshift-entry';
import { ensureNamedImport, insertBefore, releaseName, unwrap, unwrapPath, type AnyNode, type NodePath } from '../src/analysis';
import { isBatchRead, text, type BatchRead, type ImportNames, type Recognised, type ShapeContext } from './n-plus-one-to-batch/read';
import { decideRead, loopSite, type Plan } from './n-plus-one-to-batch/decide';
import { buildBatch, DEFAULT_BATCH_SIZE, parseStatements } from './n-plus-one-to-batch/build';
import { drizzleEqName, ormsInUse } from './n-plus-one-to-batch/evidence';
import { recognisePrisma } from './n-plus-one-to-batch/orms/prisma';
import { recogniseTypeorm } from './n-plus-one-to-batch/orms/typeorm';
import { recogniseSequelize } from './n-plus-one-to-batch/orms/sequelize';
import { recogniseDrizzle } from './n-plus-one-to-batch/orms/drizzle';
import { recogniseKnex } from './n-plus-one-to-batch/orms/knex';
import { recogniseMongoose } from './n-plus-one-to-batch/orms/mongoose';
import { recogniseDataLoader } from './n-plus-one-to-batch/orms/dataloader';
import { declaredMethods, recogniseDeclared, type DeclaredMethod } from './n-plus-one-to-batch/orms/declared';

export const transform: PerfTransform = {
  id: 'n-plus-one-to-batch',
  title: 'One ORM read per loop item -> one batched query and an index',
  description:
    'Rewrites an awaited per-item read in a for…of loop or Promise.all(items.map(…)) (Prisma, TypeORM, Sequelize, Drizzle, '
    + 'Knex, Mongoose, DataLoader, methods declared in perfmod.config.json) into one query per chunk of distinct keys before '
    + 'the loop and a Map lookup per item that gives what the single read gave (null, [], or the same error).',
  safetyNotes:
    'safe only for reads unique by the API (findUnique) with type-proven keys, rows used only for reading, and nothing else '
    + 'in the loop; otherwise review with each assumption stated (key types, row order, shared rows); loops that write, call '
    + 'unknown code, take keys from earlier iterations or read in try/catch are never rewritten.',
  docs: 'docs/transforms/n-plus-one-to-batch.md',
  mightMatch: (source) => /\bawait\b/.test(source),
  run(ctx) {
    const { j, root } = ctx;
    const methods = declaredMethods(ctx.options);
    const batchSize = batchSizeOption(ctx.options);
    const sc: ShapeContext = { ctx, uses: ormsInUse(ctx), drizzleEq: drizzleEqName(ctx) };
    const plans: Plan[] = [];
    root.find(j.AwaitExpression).forEach((path: NodePath) => {
      const callPath = unwrapPath(path.get('argument'));
      if (isOurFallback(path)) return;
      const found = recognise(sc, callPath, methods);
      if (!found) return;
      const site = loopSite(path);
      if (!site) return;
      if ('skip' in site) return skip(ctx, path, site.skip);
      if (!isBatchRead(found)) return skip(ctx, path, found.reason);
      if (found.primeOnly && alreadyPrimed(ctx, site.loop.path, found)) return;
      const verdict = decideRead(ctx, found, path, site);
      if (!verdict) return;
      if ('skip' in verdict) return skip(ctx, path, verdict.skip);
      plans.push(verdict.plan);
    });
    apply(ctx, plans, batchSize);
  },
};

function recognise(sc: ShapeContext, call: NodePath, methods: DeclaredMethod[]): Recognised {
  if (unwrap(call.node)?.type !== 'CallExpression') return null;
  return recogniseDeclared(sc, call, methods)
    ?? recognisePrisma(sc, call)
    ?? recogniseTypeorm(sc, call)
    ?? recogniseSequelize(sc, call)
    ?? recogniseDrizzle(sc, call)
    ?? recogniseKnex(sc, call)
    ?? recogniseMongoose(sc, call)
    ?? recogniseDataLoader(sc, call);
}

function skip(ctx: TransformContext, path: NodePath, reason: string): void {
  ctx.decide(path.node, { kind: 'skip', reason }, { message: reason });
}

function batchSizeOption(options: Record<string, unknown>): number {
  const value = options.batchSize;
  if (value === undefined) return DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(value) || (value as number) < 1) throw new Error('n-plus-one-to-batch: batchSize must be a positive integer');
  return value as number;
}

/** `index.get(k) ?? await prisma.user.findUniqueOrThrow(…)`: the rewrite's own fallback for a missing key. */
function isOurFallback(path: NodePath): boolean {
  const parent = path.parent?.node;
  if (parent?.type !== 'LogicalExpression' || parent.operator !== '??' || parent.right !== path.node) return false;
  const left = parent.left;
  return left.type === 'CallExpression' && left.callee.type === 'MemberExpression' && left.callee.property.name === 'get'
    && left.callee.object.type === 'Identifier';
}

/** The statement before the loop already is `await loader.loadMany(…)` (a second pass). */
function alreadyPrimed(ctx: TransformContext, loop: NodePath, read: BatchRead): boolean {
  let statement: NodePath = loop;
  while (statement.parent && !Array.isArray(statement.parentPath?.value)) statement = statement.parent;
  const list = statement.parentPath?.value as AnyNode[] | undefined;
  if (!Array.isArray(list)) return false;
  const before = list[list.indexOf(statement.node) - 1];
  const expr = before?.type === 'ExpressionStatement' ? before.expression : null;
  const receiver = text(ctx, read.call.node.callee.object);
  return expr?.type === 'AwaitExpression' && expr.argument.type === 'CallExpression'
    && expr.argument.callee.type === 'MemberExpression' && expr.argument.callee.property.name === 'loadMany'
    && text(ctx, expr.argument.callee.object) === receiver;
}

/** Builds each accepted plan, replaces the read and inserts the batches before their loop, in source order. */
function apply(ctx: TransformContext, plans: Plan[], batchSize: number): void {
  const groups = new Map<AnyNode, { loop: NodePath; code: string[] }>();
  for (const plan of plans) {
    const { read, site } = plan;
    const what = `${text(ctx, read.call.node.callee).replace(/\s*\n\s*/g, '').replace(/\s+/g, ' ')}(…)`;
    // Import names are only taken once the Change is accepted: the code holds placeholders until then.
    const pending: ImportNames = Object.fromEntries(read.imports.map((i) => [i.name, `__perfmodImport_${i.name}__`]));
    const built = buildBatch(ctx, plan, pending, batchSize);
    const message = read.primeOnly
      ? `${what} ran once per item, each in its own batch; one ${read.batched}(…) before the loop now loads every distinct key in one batch and the loop reads the loader's cache.`
      : `${what} ran one query per item of ${text(ctx, site.items.node)}; it is now one ${read.batched} query per ${read.chunk ?? batchSize} distinct keys before the loop, indexed by ${read.field} in ${built.index}.`;
    const accepted = ctx.decide(plan.awaited.node, plan.decision, { message, complexity: { before: 'n queries', after: `⌈distinct keys / ${read.chunk ?? batchSize}⌉ queries` } });
    if (!accepted) {
      releaseName(site.loop.path, built.index);
      continue;
    }
    let code = built.code;
    for (const imp of read.imports) {
      const local = ensureNamedImport(ctx.j, ctx.root, imp.source, imp.name);
      code = code.split(pending[imp.name]).join(local);
    }
    if (built.replacement) plan.awaited.replace(built.replacement);
    const group = groups.get(site.loop.path.node) ?? { loop: site.loop.path, code: [] };
    group.code.push(code);
    groups.set(site.loop.path.node, group);
  }
  for (const { loop, code } of groups.values()) {
    if (!insertBefore(ctx.j, loop, parseStatements(ctx, code.join('\n')))) {
      throw new Error('n-plus-one-to-batch: no place for the batched query before the loop');
    }
  }
}

export default jscodeshiftEntry(transform);
