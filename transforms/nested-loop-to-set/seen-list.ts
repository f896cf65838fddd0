/**
 * A seen-list that only grows, O(n²) over a loop:
 *   const seen = [];
 *   for (const x of xs) if (!seen.includes(x.id)) { seen.push(x.id); out.push(x); }
 * When the list is used only through includes and push, it becomes a Set (`has`, `add`). When it
 * is also read (returned, iterated, its length), a Set is kept beside it: every push also adds to
 * the Set, and includes reads the Set. includes and a Set both compare with SameValueZero (NaN
 * finds NaN, -0 finds +0), so the answers are the same.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { TransformContext } from '../../src/engine/types';
import { isFunctionNode, methodCall, unwrap, type AnyNode, type NodePath } from '../../src/analysis/ast';
import { enclosingLoop, ITERATION_METHODS, loopsBetween, type LoopInfo } from '../../src/analysis/loops';
import { classifyUse } from '../../src/analysis/mutation';
import { freshName } from '../../src/analysis/naming';
import { isSideEffectFree } from '../../src/analysis/purity';
import { bindingScope, parentKey, referencesTo } from '../../src/analysis/scope';
import { lookupsPerBuild } from '../../src/analysis/lookup-cost';
import { minLookupsToPay } from '../../src/analysis/lookup-index/thresholds';

type Use =
  | { kind: 'includes'; path: NodePath }
  | { kind: 'push'; path: NodePath; statement: NodePath }
  | { kind: 'read'; path: NodePath }
  | { kind: 'return'; path: NodePath };

/** The statement `name.push(v)` with one plain argument, as a statement of its own. */
function pushStatement(ref: NodePath): NodePath | null {
  const member = ref.parent;
  const call = member?.parent;
  if (member?.node.type !== 'MemberExpression' || parentKey(ref) !== 'object' || call?.node.type !== 'CallExpression' || parentKey(member) !== 'callee') return null;
  const info = methodCall(call.node);
  if (info?.method !== 'push' || info.optional || info.args.length !== 1 || info.args[0].type === 'SpreadElement') return null;
  return call.parent?.node.type === 'ExpressionStatement' ? call.parent : null;
}

function includesCall(ref: NodePath): NodePath | null {
  const member = ref.parent;
  const call = member?.parent;
  if (member?.node.type !== 'MemberExpression' || parentKey(ref) !== 'object' || call?.node.type !== 'CallExpression' || parentKey(member) !== 'callee') return null;
  const info = methodCall(call.node);
  return info?.method === 'includes' && !info.optional && info.args.length === 1 && info.args[0].type !== 'SpreadElement' ? call : null;
}

/** Whether every function between `ref` and `owner` is an array-method callback (it runs right there). */
function runsInPlace(ref: NodePath, owner: AnyNode): boolean {
  for (let p: NodePath | null = ref.parent; p && p.node !== owner; p = p.parent) {
    if (!isFunctionNode(p.node)) continue;
    const info = p.parent ? methodCall(p.parent.node) : null;
    if (!info || !ITERATION_METHODS.has(info.method) || parentKey(p) !== 'arguments') return false;
  }
  return true;
}

function elementTypeText(ctx: TransformContext, declarator: AnyNode): string | null {
  const type = declarator.id.typeAnnotation?.typeAnnotation;
  if (!type) return null;
  if (type.type === 'TSArrayType') return ctx.source.slice(type.elementType.start, type.elementType.end);
  if (type.type === 'TSTypeReference' && type.typeName?.name === 'Array' && type.typeParameters?.params.length === 1) {
    const p = type.typeParameters.params[0];
    return ctx.source.slice(p.start, p.end);
  }
  return null;
}

/** Rewrites every seen-list of the file (`const seen = []` used through includes and push). */
export function rewriteSeenLists(ctx: TransformContext): void {
  const { j } = ctx;
  ctx.root.find(j.VariableDeclarator).forEach((declarator: NodePath) => {
    const node = declarator.node;
    const init = unwrap(node.init);
    if (node.id.type !== 'Identifier' || init?.type !== 'ArrayExpression') return;
    if (!init.elements.every((e: AnyNode) => e && e.type !== 'SpreadElement' && isSideEffectFree(e))) return;
    const declaration = declarator.parent;
    if (declaration?.node.declarations.length !== 1 || !['Program', 'BlockStatement', 'StaticBlock'].includes(declaration.parent?.node.type)) return;
    rewriteOne(ctx, j, declarator, declaration);
  });
}

function rewriteOne(ctx: TransformContext, j: JSCodeshift, declarator: NodePath, declaration: NodePath): void {
  const name: string = declarator.node.id.name;
  const scope = bindingScope(declarator, name);
  if (!scope) return;
  let scopePath: NodePath | null = declarator;
  while (scopePath && scopePath.node !== scope.node) scopePath = scopePath.parent;
  if (!scopePath) return;
  const uses: Use[] = [];
  for (const ref of referencesTo(j, scopePath, name, scope)) {
    if (ref.node === declarator.node.id) continue;
    const inc = includesCall(ref);
    if (inc) { uses.push({ kind: 'includes', path: inc }); continue; }
    const push = pushStatement(ref);
    if (push) { uses.push({ kind: 'push', path: ref, statement: push }); continue; }
    const use = classifyUse(ref, name);
    if (!use) { uses.push({ kind: 'read', path: ref }); continue; }
    if (ref.parent?.node.type === 'ReturnStatement') { uses.push({ kind: 'return', path: ref }); continue; }
    return; // changed or handed out some other way: a Set beside it could go stale
  }
  const lookups = uses.filter((u) => u.kind === 'includes');
  const pushes = uses.filter((u): u is Extract<Use, { kind: 'push' }> => u.kind === 'push');
  if (lookups.length === 0 || pushes.length === 0) return;
  // A lookup that repeats: inside a loop that runs within the declaring function.
  const owner = scope.node;
  const loopsOf = (p: NodePath): LoopInfo[] => {
    const out: LoopInfo[] = [];
    for (let loop = enclosingLoop(p); loop && loop.path.node !== owner && isInside(loop.path, declaration.parent!.node); loop = enclosingLoop(loop.path)) out.push(loop);
    return out;
  };
  const repeated = lookups.filter((u) => loopsOf(u.path).length > 0);
  if (repeated.length === 0) return;
  const node = repeated[0].path.node;
  const escapes = uses.some((u) => u.kind === 'return');
  if (escapes && !uses.every((u) => runsInPlace(u.path, owner))) {
    ctx.decide(node, { kind: 'skip', reason: `${name} is returned and also used by a function that may run later: a Set beside it could go stale` }, { message: '' });
    return;
  }
  if (pushes.some((p) => !isSideEffectFree(p.statement.node.expression.arguments[0]))) {
    ctx.decide(node, { kind: 'skip', reason: `a value pushed to ${name} has side effects: it cannot be added to a Set as well` }, { message: '' });
    return;
  }
  // The list grows by one per new key: the Set pays only when the loop has many items.
  const loops = loopsOf(repeated[0].path);
  const k = lookupsPerBuild(j, loopsBetween(repeated[0].path, loops[loops.length - 1]));
  const min = minLookupsToPay('membership');
  if (k && (min === null || k.count < min)) {
    ctx.decide(node, { kind: 'skip', reason: `the loop runs ${k.count} times (${k.from}): a list that short is scanned faster than a Set is built` }, { message: '' });
    return;
  }
  const alone = uses.every((u) => u.kind === 'includes' || u.kind === 'push');
  const typed = !!ctx.filePath && /\.[cm]?tsx?$/.test(ctx.filePath);
  if (!alone && typed && !declarator.node.id.typeAnnotation) {
    // `new Set(seen)` right after `const seen = []` would fix its evolving type to an implicit any[].
    ctx.decide(node, { kind: 'skip', reason: `${name} has no element type (an evolving []): annotate it (${name}: T[]) to keep a typed Set beside it` }, { message: '' });
    return;
  }
  const setName = alone ? name : freshName(j, declaration, `${name}Set`);
  const message = alone
    ? `Replaced the seen-list ${name} (includes + push) with a Set (has + add).`
    : `Kept a Set ${setName} beside the seen-list ${name}: includes reads the Set, every push also adds to it.`;
  const complexity = { before: 'O(n²)', after: 'O(n)', pays: `${name}.includes(…) scans a list that grows with every new value; ${setName}.has(…) does not` };
  if (!ctx.decide(node, { kind: 'safe' }, { message, complexity })) return;

  for (const u of lookups) u.path.get('callee').replace(j.memberExpression(j.identifier(setName), j.identifier('has')));
  if (alone) {
    const elementType = typed ? elementTypeText(ctx, declarator.node) : null;
    const elements = unwrap(declarator.node.init).elements;
    const set = j.newExpression(j.identifier('Set'), elements.length > 0 ? [j.arrayExpression(elements)] : []);
    if (elementType) (set as AnyNode).typeParameters = j(`new Set<${elementType}>()`).find(j.NewExpression).get().node.typeParameters;
    declarator.node.id.typeAnnotation = null;
    declarator.get('init').replace(set);
    for (const p of pushes) p.statement.get('expression', 'callee', 'property').replace(j.identifier('add'));
    return;
  }
  declaration.insertAfter(j.variableDeclaration('const', [j.variableDeclarator(j.identifier(setName), j.newExpression(j.identifier('Set'), [j.identifier(name)]))]));
  for (const p of pushes) {
    const add = j.expressionStatement(j.callExpression(j.memberExpression(j.identifier(setName), j.identifier('add')), [p.statement.node.expression.arguments[0]]));
    const container = p.statement.parent?.node;
    if (container && (container.type === 'BlockStatement' || container.type === 'Program' || container.type === 'SwitchCase')) p.statement.insertAfter(add);
    else p.statement.replace(j.blockStatement([p.statement.node, add]));
  }
}

function isInside(path: NodePath, node: AnyNode): boolean {
  for (let p: NodePath | null = path; p; p = p.parent) if (p.node === node) return true;
  return false;
}
