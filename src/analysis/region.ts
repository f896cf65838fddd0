import type { Collection, JSCodeshift } from 'jscodeshift';
import type { NodePath } from './ast';
import { enclosingLoop } from './loops';

export interface LineRange {
  start: number;
  end: number;
}

/**
 * The lines whose run time a rewrite at `node` changes: the loop (or iteration callback call) that
 * runs it once per iteration, since that is where the repeated work goes away; the node itself when
 * it is in no loop. Lines are those of the original parse. One rule for every transform, so a
 * profile's share means the same thing for all of them.
 */
export function rewriteRegion(j: JSCodeshift, root: Collection, node: unknown): LineRange | null {
  const own = linesOf(node);
  const found = root.find(j.Node).filter((p: NodePath) => p.node === node);
  if (found.length === 0) return own;
  const loop = enclosingLoop(found.paths()[0] as NodePath);
  for (let p: NodePath | null = loop?.path ?? null; p; p = p.parent) {
    const lines = linesOf(p.node);
    if (lines) return lines; // a node made by an earlier rewrite has no position: take its parent's
  }
  return own;
}

function linesOf(node: unknown): LineRange | null {
  const loc = (node as { loc?: { start?: { line: number }; end?: { line: number } } } | null)?.loc;
  if (!loc?.start) return null;
  return { start: loc.start.line, end: loc.end?.line ?? loc.start.line };
}
