/**
 * The de-duplication-by-self-index shape (`xs.filter((x, i, self) => self.indexOf(x) === i)`,
 * also `findIndex` by key): owned by nested-loop-to-set (a Set of seen values); the indexOf or
 * findIndex inside it is not a lookup of its own for array-lookup-to-map.
 */
import { methodCall, sameExpression, staticPropertyName, unwrap, type AnyNode, type NodePath } from '../ast';
import { describe } from '../mutation';

export interface Dedupe {
  call: NodePath;
  callback: AnyNode;
  element: string;
  /** Property path of the key (findIndex form); empty for the value form. */
  keyPath: string[];
  /** The key read from the element in the predicate (for type questions), or the element itself. */
  keyNode: AnyNode;
  /** `self.indexOf(x) === i`, for the message. */
  text: string;
}

function isIdentifier(node: AnyNode, name: string): boolean {
  const n = unwrap(node);
  return n?.type === 'Identifier' && n.name === name;
}

/** `root.a.b` -> ['a', 'b'] when rooted at `root` with static names only. */
function pathFrom(node: AnyNode, root: string): string[] | null {
  const n = unwrap(node);
  if (isIdentifier(n, root)) return [];
  if (n?.type !== 'MemberExpression' || n.optional) return null;
  const name = staticPropertyName(n);
  const inner = name === null ? null : pathFrom(n.object, root);
  return inner === null ? null : [...inner, name!];
}

function singleReturn(fn: AnyNode): AnyNode | null {
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const body = fn.body.body;
  return body.length === 1 && body[0].type === 'ReturnStatement' ? body[0].argument : null;
}

/** `self.findIndex((y) => y.k === x.k)` -> ['k'] (either side order, nested static paths). */
function findIndexKey(call: AnyNode, element: string): { keyPath: string[]; keyNode: AnyNode } | null {
  const info = methodCall(call);
  if (!info || info.method !== 'findIndex' || info.optional || info.args.length !== 1) return null;
  const fn = info.args[0];
  if ((fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') || fn.async || fn.generator) return null;
  if (fn.params.length !== 1 || fn.params[0].type !== 'Identifier') return null;
  const inner = fn.params[0].name;
  if (inner === element) return null;
  const body = unwrap(singleReturn(fn));
  if (body?.type !== 'BinaryExpression' || body.operator !== '===') return null;
  for (const [a, b] of [[body.left, body.right], [body.right, body.left]]) {
    const innerPath = pathFrom(a, inner);
    const outerPath = pathFrom(b, element);
    if (innerPath && outerPath && innerPath.length > 0 && innerPath.join('.') === outerPath.join('.')) return { keyPath: outerPath, keyNode: b };
  }
  return null;
}

/** Recognises a de-duplication by self-index at a `filter` call. */
export function matchDedupe(call: NodePath): Dedupe | null {
  const info = methodCall(call.node);
  if (!info || info.method !== 'filter' || info.optional || info.args.length !== 1) return null;
  const fn = info.args[0];
  if ((fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') || fn.async || fn.generator) return null;
  const params = fn.params;
  if (params.length < 2 || params.length > 3 || params.some((p: AnyNode) => p.type !== 'Identifier')) return null;
  const [element, index, self] = params.map((p: AnyNode) => p.name as string);
  const body = unwrap(singleReturn(fn));
  if (body?.type !== 'BinaryExpression' || (body.operator !== '===' && body.operator !== '==')) return null;
  const search = isIdentifier(body.right, index) ? body.left : isIdentifier(body.left, index) ? body.right : null;
  const searchCall = search ? unwrap(search) : null;
  const searchInfo = searchCall ? methodCall(searchCall) : null;
  if (!searchInfo || searchInfo.optional) return null;
  // The array searched must be the one filtered: its `self` parameter, or the same variable.
  const receiver = unwrap(searchInfo.receiver);
  const onSelf = self !== undefined && isIdentifier(receiver, self);
  const onSame = unwrap(info.receiver).type === 'Identifier' && sameExpression(receiver, unwrap(info.receiver));
  if (!onSelf && !onSame) return null;
  if (searchInfo.method === 'indexOf') {
    if (searchInfo.args.length !== 1 || !isIdentifier(searchInfo.args[0], element)) return null;
    return { call, callback: fn, element, keyPath: [], keyNode: searchInfo.args[0], text: `${describe(receiver)}.indexOf(${element}) === ${index}` };
  }
  const key = findIndexKey(searchCall, element);
  return key ? { call, callback: fn, element, ...key, text: `${describe(receiver)}.findIndex(…) === ${index}` } : null;
}

/** Whether `call` (an indexOf/findIndex) is the search inside a de-duplication by self-index. */
export function isDedupeSearch(call: NodePath): boolean {
  for (let p: NodePath | null = call.parent; p; p = p.parent) {
    if (p.node.type === 'CallExpression' && matchDedupe(p)) return true;
    if (p.node.type.endsWith('Statement') || p.node.type === 'Program') return false;
  }
  return false;
}
