import type { TransformContext } from '../../src/engine/types';
import type { NodePath } from '../../src/analysis/ast';
import type { OrderingContext } from './shared';
export type LiteralCandidate = { path: NodePath };
export function literalCandidates(ctx: TransformContext, orderingFor: (p: NodePath) => OrderingContext): LiteralCandidate[] { void ctx; void orderingFor; return []; }
export function rewriteLiteral(ctx: TransformContext, c: LiteralCandidate): void { void ctx; void c; }
