import type { TransformContext } from '../../src/engine/types';
import type { NodePath } from '../../src/analysis/ast';
import type { OrderingContext } from './shared';
export type LoopCandidate = { path: NodePath };
export function loopCandidates(ctx: TransformContext, orderingFor: (p: NodePath) => OrderingContext): LoopCandidate[] { void ctx; void orderingFor; return []; }
export function rewriteLoop(ctx: TransformContext, c: LoopCandidate): void { void ctx; void c; }
