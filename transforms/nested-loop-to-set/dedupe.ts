/**
 * De-duplication by self-index, O(n²):
 *   xs.filter((x, i, self) => self.indexOf(x) === i)                    first occurrence of each value
 *   xs.filter((x, i, self) => self.findIndex((y) => y.id === x.id) === i) first element of each key
 * becomes one Set of the values (keys) seen so far, filled as filter walks the array in order:
 *   const seen = new Set();
 *   xs.filter((x) => { if (Number.isNaN(x) || seen.has(x)) return false; seen.add(x); return true; })
 * Exactness: indexOf/findIndex compare with ===, which never finds NaN, so the original drops every
 * NaN element (or key): the `Number.isNaN` test keeps that (left out when types rule NaN out). -0
 * and +0 are one value for === and for a Set. filter skips holes, and so do both versions; only
 * findIndex visits holes (and reads their key, which throws): a stated assumption.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { TransformContext } from '../../src/engine/types';
import type { AnyNode, NodePath } from '../../src/analysis/ast';
import { matchDedupe, type Dedupe } from '../../src/analysis/lookup-index/dedupe-shape';
import { collectionEvidence } from '../../src/analysis/evidence';
import { enclosingLoop } from '../../src/analysis/loops';
import { insertBefore, placementFor } from '../../src/analysis/insert';
import { describe } from '../../src/analysis/mutation';
import { freshName, stemOf } from '../../src/analysis/naming';
import { indentUnit, reindent } from '../../src/analysis/layout';
import { contains } from '../../src/analysis/scope';
import { isSideEffectFree } from '../../src/analysis/purity';

function mayBeNaN(ctx: TransformContext, node: AnyNode, fallback: boolean): boolean {
  const oracle = ctx.types();
  if (!oracle || typeof node?.start !== 'number') return fallback;
  const facts = oracle.factsAt(node.start, node.end);
  return !facts || facts.kind === 'unknown' ? fallback : facts.mayBeNaN;
}

function accessor(keyPath: string[]): string {
  return keyPath.map((s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('');
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Rewrites every de-duplication by self-index in the file whose Set can be built right before it. */
export function rewriteDedupes(ctx: TransformContext): void {
  const { j } = ctx;
  ctx.root.find(j.CallExpression).forEach((call: NodePath) => {
    const found = matchDedupe(call);
    if (found) rewriteOne(ctx, j, found);
  });
}

function rewriteOne(ctx: TransformContext, j: JSCodeshift, d: Dedupe): void {
  const receiverPath = d.call.get('callee', 'object');
  const receiverText = describe(receiverPath.node);
  const placement = placementFor(d.call);
  if (!placement) {
    ctx.decide(d.call.node, { kind: 'skip', reason: 'there is no statement before the filter(…) to create the Set of seen values in' }, { message: '' });
    return;
  }
  // One Set per filter(…) call: a loop between the call and the new statement would share it.
  const loop = enclosingLoop(d.call);
  if (loop && (loop.path.node === placement.statement.node || contains(placement.statement.node, loop.path.node))) {
    ctx.decide(d.call.node, { kind: 'skip', reason: 'the filter(…) runs repeatedly inside its own statement (a loop test or update): one Set would be shared by every run' }, { message: '' });
    return;
  }
  const keyed = d.keyPath.length > 0;
  if (!isSideEffectFree(d.keyNode)) return;
  const keyText = `${d.element}${accessor(d.keyPath)}`;
  const evidence = collectionEvidence(ctx, receiverPath);
  if (evidence.kind !== 'array' && evidence.kind !== 'unknown') {
    ctx.decide(d.call.node, { kind: 'skip', reason: `${receiverText} is not an Array (${evidence.reason}): its filter/indexOf may be its own` }, { message: '' });
    return;
  }
  const assumptions: string[] = [];
  if (!evidence.strong) assumptions.push(`${receiverText} is an Array (not another object with its own filter and ${keyed ? 'findIndex' : 'indexOf'})`);
  if (keyed) {
    assumptions.push(`${receiverText} has no holes (findIndex reads the key of a hole and throws; the Set version skips holes as filter does)`);
    const typed = ctx.types()?.factsAt(d.keyNode.start, d.keyNode.end);
    if (!typed || typed.kind === 'unknown' || typed.accessor) {
      assumptions.push(`reading ${keyText} has no side effects (it is now read once per element instead of once per comparison)`);
    }
  }
  const nan = keyed ? mayBeNaN(ctx, d.keyNode, true) : mayBeNaN(ctx, d.keyNode, evidence.elementsMayBeNaN);
  const name = freshName(j, placement.statement, keyed ? `seen${capitalise(d.keyPath[d.keyPath.length - 1].replace(/[^\w$]/g, ''))}s` : `seen${capitalise(stemOf(receiverText))}`);
  const message = `Replaced the de-duplication by ${d.text} with ${name}, a Set of the ${keyed ? 'keys' : 'values'} seen so far (first occurrences kept, in order).`;
  const decision = assumptions.length === 0 ? { kind: 'safe' as const } : { kind: 'review' as const, assumptions };
  const complexity = { before: 'O(n²)', after: 'O(n)', pays: 'a Set built once per filter(…) call replaces a scan of the array per element' };
  if (!ctx.decide(d.call.node, decision, { message, complexity })) return;

  // indexOf/findIndex never find NaN (the only value !== itself): the original drops every NaN.
  const nanLine = nan ? `  // ${keyText} !== ${keyText} only for NaN, which ${keyed ? 'findIndex' : 'indexOf'} never finds: dropped as before.\n` : '';
  const dropNaN = nan ? `${keyText} !== ${keyText} || ` : '';
  const bodyCode = `{\n${nanLine}  if (${dropNaN}${name}.has(${keyText})) return false;\n  ${name}.add(${keyText});\n  return true;\n}`;
  const block = j(`() => ${reindent(bodyCode, indentUnit(ctx.source))};`).find(j.Program).get().node.body[0].expression.body;
  // The callback keeps its own node (and so its printing); only the element parameter stays.
  d.callback.params = [d.callback.params[0]];
  d.callback.body = block;
  if (d.callback.type === 'ArrowFunctionExpression') d.callback.expression = false;
  insertBefore(j, d.call, [j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), j.newExpression(j.identifier('Set'), []))])]);
}
