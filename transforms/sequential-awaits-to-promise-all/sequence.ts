/**
 * Runs of two or more statements in a row, each awaiting one call, that do not depend on each
 * other -> one `Promise.all`. A run ends at any other statement, at a dependence, and at a call
 * whose order matters (its name or its receiver's other calls say so).
 */
import type { TransformContext } from '../../src/engine/types';
import { staticPropertyName, withoutParens, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { callFacts, dependenceReason, orderingReason } from '../../src/analysis/dependence';
import { findMutations } from '../../src/analysis/mutation';
import { freshName, owningFunction, stemOf } from '../../src/analysis/naming';
import { bindingScope, describe as describeNode } from '../../src/analysis';
import { usesSemicolons } from '../../src/analysis/layout';
import { patternNames } from '../../src/analysis/functions';
import { stepOf, type Step } from './steps';
import { concurrentAssumption, orderingContext, type OrderingContext } from './shared';

/** Why `step` cannot join the run `group` (in words), or null. */
function joinProblem(group: Step[], step: Step): string | null {
  const first = group[0];
  if ((first.declKind === 'var') !== (step.declKind === 'var') && first.kind === 'declare' && step.kind === 'declare') {
    return 'var and let/const declarations cannot share one statement';
  }
  const annotated = (s: Step) => !!s.annotation;
  if (group.some(annotated) || annotated(step)) {
    const all = [...group, step];
    if (all.some((s) => s.kind === 'assign' || (s.kind === 'declare' && !s.annotation))) {
      return 'a declaration with a type annotation joins only other annotated declarations and bare awaits';
    }
  }
  for (const earlier of group) {
    // An await whose result is dropped runs for its effect; on one object, such calls keep their order (`await m.link(); await m.evaluate()`).
    const receiver = callFacts(step.call).receiver;
    if (receiver && (earlier.kind === 'bare' || step.kind === 'bare') && callFacts(earlier.call).receiver === receiver) {
      const bare = earlier.kind === 'bare' ? earlier : step;
      return `${bare.facts.label} runs for its effect on ${receiver} (its result is not used), and the other call is on ${receiver} too: calls on one object keep their order`;
    }
    const reason = dependenceReason(earlier.facts, step.facts);
    if (reason) return reason;
  }
  return null;
}

/** Every run of independent awaits in the statement list at `listPath`. */
export function runsIn(ctx: TransformContext, statements: NodePath[], ordering: OrderingContext): { runs: Step[][]; breaks: { step: Step; reason: string }[] } {
  const runs: Step[][] = [];
  const breaks: { step: Step; reason: string }[] = [];
  let group: Step[] = [];
  const flush = () => {
    if (group.length >= 2) runs.push(group);
    group = [];
  };
  const steps = statements.map((path) => stepOf(path, ctx.source));
  for (let i = 0; i < statements.length; i++) {
    const step = steps[i];
    if (!step) {
      flush();
      continue;
    }
    const ordered = orderingReason(step.call, ordering.receivers, ordering.critical);
    if (ordered) {
      // Said when another await is next to it, i.e. when a reader would expect them joined.
      if (group.length > 0 || steps[i + 1]) breaks.push({ step, reason: ordered });
      // Nothing moves across it: the awaits before it finish first, those after it start after it.
      flush();
      continue;
    }
    const problem = group.length > 0 ? joinProblem(group, step) : null;
    if (problem) {
      breaks.push({ step, reason: problem });
      flush();
    }
    group.push(step);
  }
  flush();
  return { runs, breaks };
}

/** Whether a `let` binding of the pattern is assigned again after its declaration. */
function reassigned(ctx: TransformContext, step: Step, names: string[]): boolean {
  const fnNode = owningFunction(step.path);
  let fnPath: NodePath = step.path;
  while (fnPath.parent && fnPath.node !== fnNode) fnPath = fnPath.parent;
  return names.some((name) => findMutations(ctx.j, fnPath, name, bindingScope(step.path, name)).some((m) => m.kind === 'reassign' && m.node !== step.path.node.declarations[0]));
}

/** A name for the value of an assignment target: `res.user` -> `user`, `total` -> `total`. */
function tempStem(target: AnyNode): string {
  const property = staticPropertyName(target);
  const stem = stemOf(property ?? describeNode(target).replace(/\[…\]/g, ''));
  return /^[A-Za-z_$][\w$]*$/.test(stem) && stem !== '_' ? stem : 'result';
}

/** Rewrites one run; returns false when the decision says no. */
export function rewriteRun(ctx: TransformContext, run: Step[]): boolean {
  const { j } = ctx;
  if (bindingScope(run[0].path, 'Promise')) {
    ctx.decide(run[0].path.node, { kind: 'skip', reason: 'Promise is a local name here' }, { message: 'Promise is a local name here' });
    return false;
  }
  const calls = run.map((s) => s.facts.label);
  const assumptions = [concurrentAssumption(calls)];
  for (const s of run) {
    const local = s.kind === 'assign' && s.target.type === 'Identifier' && bindingScope(s.path, s.target.name)?.node === owningFunction(s.path);
    if (s.kind === 'assign' && !local) {
      assumptions.push(`${describeNode(s.target)} is assigned only after all ${run.length} calls finish, and none of them reads it`);
    }
  }
  const message = `${run.length} awaits in a row (${calls.join(', ')}) now start together in one Promise.all instead of one after another.`;
  if (!ctx.decide(run[0].path.node, { kind: 'review', assumptions }, { message })) return false;

  const declarations = run.filter((s) => s.kind === 'declare');
  // `[x, y] = await Promise.all(…)` for plain names; a line starting with `[` needs the file's semicolons.
  const direct = declarations.length === 0 && usesSemicolons(ctx.source) && run.every((s) => s.kind !== 'assign' || s.target.type === 'Identifier');
  const after: AnyNode[] = [];
  const elements: (AnyNode | null)[] = run.map((s) => {
    if (s.kind === 'bare') return null;
    if (s.kind === 'declare') {
      if (!s.annotation) return s.pattern;
      const pattern = { ...s.pattern };
      delete pattern.typeAnnotation;
      delete pattern.loc;
      delete pattern.original;
      return pattern;
    }
    if (direct) return s.target;
    const temp = freshName(j, s.path, tempStem(s.target));
    after.push(j.expressionStatement(j.assignmentExpression('=', s.target, j.identifier(temp))));
    return j.identifier(temp);
  });
  while (elements.length > 0 && elements[elements.length - 1] === null) elements.pop();
  const all = j.awaitExpression(j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('all')), [j.arrayExpression(run.map((s) => withoutParens(s.awaited)))]));
  let statement: AnyNode;
  if (elements.length === 0) {
    statement = j.expressionStatement(all);
  } else if (declarations.length === 0 && direct) {
    statement = j.expressionStatement(j.assignmentExpression('=', j.arrayPattern(elements), all));
  } else {
    const pattern = j.arrayPattern(elements);
    if (declarations.some((d) => d.annotation)) {
      pattern.typeAnnotation = j.tsTypeAnnotation(j.tsTupleType(run.map((s) => (s.annotation ? s.annotation.typeAnnotation : j.tsUnknownKeyword()))));
    }
    const kind = declarations.some((d) => d.declKind === 'var') ? 'var'
      : declarations.some((d) => d.declKind === 'let' && reassigned(ctx, d, patternNames(d.pattern))) ? 'let' : 'const';
    statement = j.variableDeclaration(kind, [j.variableDeclarator(pattern, all)]);
  }
  // Comments of every statement of the run stay, in order, above the new one.
  statement.comments = run.flatMap((s) => s.path.node.comments ?? []);
  run[0].path.replace(statement);
  for (const assignment of after.reverse()) run[0].path.insertAfter(assignment);
  for (const s of run.slice(1)) s.path.prune();
  return true;
}

export { orderingContext };
