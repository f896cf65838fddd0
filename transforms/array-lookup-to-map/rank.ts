/**
 * A rank lookup in a module-level constant list, in code that runs per element without a loop
 * of its own: a sort comparator (`ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)`, n·log n calls),
 * a map/filter callback, a function callers run per item. Past the crossover, a rank Map built
 * once beside the constant replaces the scan: `(ORDER_RANK.get(a.kind) ?? -1)`.
 * Exact when the list's elements are distinct literals (strings, numbers, booleans, null): the
 * first index is the only one, NaN cannot be in it, and Map.get finds +0 for -0 as === does.
 */
import type { TransformContext } from '../../src/engine/types';
import { bindingScope, findMutations, freshName, methodCall, owningFunction, parentKey, unwrap, type AnyNode, type NodePath } from '../../src/analysis';
import { minSizeToPay } from '../../src/analysis/lookup-index/thresholds';

const LITERALS = new Set(['StringLiteral', 'NumericLiteral', 'BooleanLiteral', 'NullLiteral']);

/** The `const NAME = [literals…]` declaration at module level that nothing changes, or null. */
function constantList(ctx: TransformContext, receiver: NodePath): { declaration: NodePath; elements: AnyNode[] } | { skip: string } | null {
  const node = unwrap(receiver.node);
  if (node?.type !== 'Identifier') return null;
  const scope = bindingScope(receiver, node.name);
  if (!scope || scope.node.type !== 'Program') return null;
  const decls = scope.getBindings()[node.name] ?? [];
  if (decls.length !== 1) return null;
  const declarator = decls[0].parent;
  const declaration = declarator?.parent;
  if (declarator?.node.type !== 'VariableDeclarator' || declaration?.node.kind !== 'const' || declaration.parent?.node.type !== 'Program' || declaration.node.declare) return null;
  if (declaration.node.declarations.length !== 1) return null;
  const init = unwrap(declarator.node.init);
  if (init?.type !== 'ArrayExpression') return null;
  const elements: AnyNode[] = init.elements;
  if (!elements.every((e) => e && LITERALS.has(e.type))) return null;
  const values = elements.map((e) => (e.type === 'NullLiteral' ? null : e.value));
  if (new Set(values).size !== values.length) return { skip: `${node.name} lists a value twice: indexOf gives its first position, a rank Map would need care` };
  if (findMutations(ctx.j, declaration.parent, node.name, scope).length > 0) return { skip: `${node.name} is changed or handed out by the module: a rank Map built at load could go stale` };
  return { declaration, elements };
}

/** Whether `call` is compared with -1/0 as a presence test (the Set rewrites handle those). */
function isPresenceTest(call: NodePath): boolean {
  const parent = call.parent?.node;
  if (parent?.type !== 'BinaryExpression' || !['===', '!==', '==', '!=', '<', '>=', '>', '<='].includes(parent.operator)) return false;
  const other = parentKey(call) === 'left' ? parent.right : parent.left;
  const n = unwrap(other);
  return (n?.type === 'NumericLiteral' && n.value === 0) || (n?.type === 'UnaryExpression' && n.operator === '-' && unwrap(n.argument)?.value === 1);
}

function rankName(list: string): string {
  return /^[A-Z][A-Z0-9_]*$/.test(list) ? `${list}_RANK` : `${list}Rank`;
}

/** Rewrites `LIST.indexOf(v)` used as a number, in functions, into a module-level rank Map. */
export function rewriteRankLookups(ctx: TransformContext): void {
  const { j } = ctx;
  const built = new Map<AnyNode, string>();
  ctx.root.find(j.CallExpression).forEach((call: NodePath) => {
    const info = methodCall(call.node);
    if (!info || info.method !== 'indexOf' || info.optional || info.args.length !== 1 || info.args[0].type === 'SpreadElement') return;
    if (isPresenceTest(call) || owningFunction(call).type === 'Program') return;
    let receiver: NodePath = call.get('callee');
    while (receiver.node !== unwrap(receiver.node)) receiver = receiver.get('expression');
    receiver = receiver.get('object');
    const list = constantList(ctx, receiver);
    if (!list) return;
    if ('skip' in list) {
      ctx.decide(call.node, { kind: 'skip', reason: list.skip }, { message: '' });
      return;
    }
    const listName = unwrap(receiver.node).name as string;
    // indexOf scans natively, like includes: the crossover measured for includes against a Set.
    const min = minSizeToPay('membership');
    const m = list.elements.length;
    if (min === null || m < min) {
      ctx.decide(call.node, { kind: 'skip', reason: `${listName} has ${m} element${m === 1 ? '' : 's'}: below ${min} a scan is faster than a Map lookup` }, { message: '' });
      return;
    }
    const existing = built.get(list.declaration.node);
    const name = existing ?? freshName(j, list.declaration, rankName(listName));
    const message = `${listName}.indexOf(…) now reads ${name}, a Map from each element of ${listName} to its position, built once at module level.`;
    const complexity = {
      before: 'O(m) per call', after: 'O(1) per call',
      pays: `${listName} has ${m} elements, past the measured crossover of ${min}: the Map is built once per module load for every call${isComparator(call) ? ' of the comparator (n·log n per sort)' : ''}`,
    };
    if (!ctx.decide(call.node, { kind: 'safe' }, { message, complexity })) return;
    const get = j.callExpression(j.memberExpression(j.identifier(name), j.identifier('get')), [info.args[0]]);
    call.replace(j.logicalExpression('??', get, j.unaryExpression('-', j.numericLiteral(1))));
    if (existing) return;
    const typed = !!ctx.filePath && /\.[cm]?tsx?$/.test(ctx.filePath);
    const code = typed
      ? `const ${name} = new Map<(typeof ${listName})[number], number>(${listName}.map((value, index) => [value, index]));`
      : `const ${name} = new Map(${listName}.map((value, index) => [value, index]));`;
    list.declaration.insertAfter(j(code).find(j.Program).get().node.body[0]);
    built.set(list.declaration.node, name);
  });
}

function isComparator(call: NodePath): boolean {
  for (let p: NodePath | null = call.parent; p; p = p.parent) {
    if (p.node.type === 'ArrowFunctionExpression' || p.node.type === 'FunctionExpression') {
      const info = p.parent ? methodCall(p.parent.node) : null;
      return !!info && (info.method === 'sort' || info.method === 'toSorted') && parentKey(p) === 'arguments';
    }
  }
  return false;
}

