import type { PerfTransform, TransformContext } from '../src/engine/types';
import { jscodeshiftEntry } from '../src/engine/jscodeshift-entry';
import { isFunctionNode, type AnyNode, type NodePath } from '../src/analysis/ast';
import { owningFunction } from '../src/analysis/naming';
import { runsIn, rewriteRun } from './sequential-awaits-to-promise-all/sequence';
import { orderingContext, type OrderingContext } from './sequential-awaits-to-promise-all/shared';
import { loopCandidates, rewriteLoop } from './sequential-awaits-to-promise-all/loops';
import { literalCandidates, rewriteLiteral } from './sequential-awaits-to-promise-all/literals';

const LIST_KEYS: Record<string, string> = { Program: 'body', BlockStatement: 'body', StaticBlock: 'body', SwitchCase: 'consequent' };

export const transform: PerfTransform = {
  id: 'sequential-awaits-to-promise-all',
  title: 'Independent awaits in a row -> Promise.all',
  description:
    'Rewrites runs of statements that each await one independent call, array/object literals with several awaits, '
    + 'and loops that await one call per item into Promise.all (or Promise.allSettled for per-item try/catch), '
    + 'so the calls wait for the slowest instead of the sum; results keep their order.',
  safetyNotes:
    'always review: starting calls together is equivalent only when they do not depend on each other\'s effects and an early rejection '
    + 'may let the others run; data dependences, statements in between, try boundaries, loop-carried state and calls whose names '
    + 'or receivers say write/send/delete/sleep/lock/commit are never rewritten.',
  docs: 'docs/transforms/sequential-awaits-to-promise-all.md',
  mightMatch: (source) => /\bawait\b/.test(source),
  run(ctx) {
    const contexts = new Map<AnyNode, OrderingContext>();
    const orderingFor = (path: NodePath): OrderingContext => {
      const fn = owningFunction(path);
      let found = contexts.get(fn);
      if (!found) contexts.set(fn, (found = orderingContext(fn)));
      return found;
    };
    const runs = statementRuns(ctx, orderingFor);
    const loops = loopCandidates(ctx, orderingFor, canAwait);
    const literals = literalCandidates(ctx, orderingFor, canAwait);
    for (const run of runs) rewriteRun(ctx, run);
    for (const loop of loops) rewriteLoop(ctx, loop);
    for (const literal of literals) rewriteLiteral(ctx, literal);
  },
};

/** Every run of independent awaits in every statement list that can await (async functions, module top level). */
function statementRuns(ctx: TransformContext, orderingFor: (path: NodePath) => OrderingContext) {
  const { j, root } = ctx;
  const found = [];
  for (const type of ['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase'] as const) {
    const paths: NodePath[] = (root.find((j as unknown as Record<string, never>)[type]) as unknown as { paths(): NodePath[] }).paths();
    for (const listPath of paths) {
      if (!canAwait(listPath)) continue;
      const list = listPath.get(LIST_KEYS[type]);
      const statements: NodePath[] = list.value.map((_: unknown, i: number) => list.get(i));
      const { runs, breaks } = runsIn(ctx, statements, orderingFor(listPath));
      for (const { step, reason } of breaks) ctx.decide(step.path.node, { kind: 'skip', reason }, { message: reason });
      found.push(...runs);
    }
  }
  return found;
}

/** Whether `await` in this list belongs to an async function (or the module's top level). */
function canAwait(path: NodePath): boolean {
  const fn = isFunctionNode(path.node) ? path.node : owningFunction(path);
  if (fn.type === 'Program') return true;
  if (path.node === fn.body || isFunctionNode(fn)) return !!fn.async;
  return false;
}

export default jscodeshiftEntry(transform);
