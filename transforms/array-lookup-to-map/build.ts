/**
 * The rewrite: the statements that build the index once, and the expression that replaces each
 * lookup. Each index form keeps the exact answer of the method it replaces: which match wins
 * (first for find/findIndex/indexOf, last for findLast/findLastIndex), which elements are seen
 * (find/findIndex/includes visit holes of sparse arrays; filter/some/indexOf skip them, and so
 * does forEach), and what a missing key gives (undefined, -1, [], 0, false).
 */
import { freshName, namesRead, unwrap, indentUnit, reindent, type AnyNode, type NodePath } from '../../src/analysis';
import type { TransformContext } from '../../src/engine/types';
import { arrayOf, elementTypeName, freshIndexName, typeNameOf, type IndexRole } from '../../src/analysis/lookup-index';
import type { Lookup, LookupKind } from './shapes';

const ROLES: Record<LookupKind, IndexRole> = {
  find: 'byKey', findLast: 'lastByKey', findIndex: 'indexByKey', findLastIndex: 'lastIndexByKey', filter: 'groupsByKey',
  count: 'countByKey', some: 'set', includes: 'set', contains: 'set', indexOf: 'position',
};

export interface IndexPlan {
  /** Identity of the index: lookups in the same loop with the same key share it. */
  key: string;
  name: string;
  /** `Map` or `Set`. */
  container: 'Map' | 'Set';
  /** Source of the statements that build it (parsed together per loop so they print as written). */
  code: string;
}

const SET_KINDS = new Set<LookupKind>(['some', 'includes', 'contains']);

/** Builds (but does not insert) the index statements for a lookup. */
export function buildIndex(ctx: TransformContext, lookup: Lookup, typed: boolean, at: NodePath, excludeNaN = false): IndexPlan | { skip: string } {
  const { j } = ctx;
  const receiverText = textOf(ctx, lookup.receiver.node);
  const conditionText = lookup.conditions.map((c) => (needsParens(c) ? `(${textOf(ctx, c)})` : textOf(ctx, c))).join(' && ');
  const key = [lookup.kind, receiverText, lookup.keyPath.join('.'), conditionText, excludeNaN].join('\u0000');

  // Names the generated code reads; new local names must not shadow them.
  const taken = new Set<string>([...namesRead(lookup.receiver.node), ...lookup.conditions.flatMap((c) => [...namesRead(c)])]);
  const name = freshIndexName(j, at, { collection: lookup.receiver.node, role: ROLES[lookup.kind], keyPath: lookup.keyPath, value: lookup.value });
  taken.add(name);
  let element = lookup.elementName;
  if (element && namesRead(lookup.receiver.node).has(element)) {
    return { skip: `the predicate's parameter ${element} shadows a name the index needs` };
  }
  const preferredElement = lookup.keyPath.length > 0 ? 'item' : 'x';
  if (!element) element = taken.has(preferredElement) ? freshName(j, at, preferredElement) : preferredElement;
  taken.add(element);
  const position = SET_KINDS.has(lookup.kind) || !needsPosition(lookup.kind) ? '' : localName(ctx, at, taken, 'i');
  taken.add(position);
  const group = lookup.kind === 'filter' ? localName(ctx, at, taken, 'group') : '';

  const k = element + accessor(lookup.keyPath);
  // Named as a reviewer would (`Map<string, Customer>`) when the checker knows the types and the file
  // can name them; otherwise through the collection itself.
  const oracle = typed ? ctx.types() : null;
  const namedElement = typed ? elementTypeName(ctx.root, oracle, lookup.receiver.node) : null;
  const namedKey = namedElement && lookup.keyNode ? typeNameOf(ctx.root, oracle, lookup.keyNode) : namedElement && lookup.keyPath.length === 0 ? namedElement : null;
  const named = namedElement && namedKey ? { element: namedElement, key: namedKey } : null;
  const elementType = named ? named.element : typed && unwrap(lookup.receiver.node).type === 'Identifier' ? `(typeof ${receiverText})[number]` : null;
  if (typed && !elementType && !SET_KINDS.has(lookup.kind)) {
    // `new Map()` would be Map<any, any> and the lookup's result would silently become `any`.
    return { skip: `the element type of ${receiverText.length > 40 ? 'the collection' : receiverText} cannot be named for a typed Map; read it into a local const first` };
  }
  const keyType = named ? named.key : elementType && elementType + lookup.keyPath.map((s) => `[${quote(s)}]`).join('');
  const ifCond = conditionText ? `if (${conditionText}) ` : '';
  const andCond = conditionText ? `${conditionText} && ` : '';
  const mapOf = (value: string): string => `const ${name} = new Map${keyType ? `<${keyType}, ${value}>` : ''}();`;
  const setOf = (): string => `const ${name} = new Set${keyType ? `<${keyType}>` : ''}();`;

  let code: string;
  switch (lookup.kind) {
    case 'find':
      code = `${mapOf(elementType ?? '')}\nfor (const ${element} of ${receiverText}) if (${andCond}!${name}.has(${k})) ${name}.set(${k}, ${element});`;
      break;
    case 'findLast':
      code = `${mapOf(elementType ?? '')}\nfor (const ${element} of ${receiverText}) ${ifCond}${name}.set(${k}, ${element});`;
      break;
    case 'findIndex':
    case 'findLastIndex': {
      // entries() visits holes (as undefined) like findIndex, and stays well typed under
      // noUncheckedIndexedAccess (an indexed loop's `xs[i]` would not).
      const store = lookup.kind === 'findIndex' ? `if (${andCond}!${name}.has(${k})) ${name}.set(${k}, ${position});` : `${ifCond}${name}.set(${k}, ${position});`;
      code = `${mapOf('number')}\nfor (const [${position}, ${element}] of ${receiverText}.entries()) ${store}`;
      break;
    }
    case 'filter': {
      const skipLine = conditionText ? `\n  if (!(${conditionText})) return;` : '';
      code = `${mapOf(elementType ? arrayOf(elementType) : '')}\n${receiverText}.forEach((${element}) => {${skipLine}\n  const ${group} = ${name}.get(${k});\n  if (${group}) ${group}.push(${element});\n  else ${name}.set(${k}, [${element}]);\n});`;
      break;
    }
    case 'count': {
      const count = `${name}.set(${k}, (${name}.get(${k}) ?? 0) + 1)`;
      code = `${mapOf('number')}\n${receiverText}.forEach((${element}) => ${conditionText ? `{\n  ${ifCond}${count};\n}` : count});`;
      break;
    }
    case 'some':
      code = `${setOf()}\n${receiverText}.forEach((${element}) => ${conditionText ? `{\n  ${ifCond}${name}.add(${k});\n}` : `${name}.add(${k})`});`;
      break;
    case 'includes':
      // Set iteration visits holes as undefined and compares with SameValueZero: exactly includes().
      code = `const ${name} = new Set(${receiverText});`;
      break;
    case 'contains':
      code = `${setOf()}\n${receiverText}.forEach((${element}) => ${name}.add(${element}));`;
      break;
    case 'indexOf':
      code = `${mapOf('number')}\n${receiverText}.forEach((${element}, ${position}) => {\n  if (!${name}.has(${element})) ${name}.set(${element}, ${position});\n});`;
      break;
  }
  // `===` never matches NaN, a Map or Set does: leave it out.
  if (excludeNaN) code += `\n${name}.delete(NaN);`;
  return { key, name, container: SET_KINDS.has(lookup.kind) ? 'Set' : 'Map', code };
}

/** Parses index code into statements ready to insert. */
export function parseStatements(ctx: TransformContext, code: string): AnyNode[] {
  // The templates are written with two-space levels; the file may use another unit.
  return ctx.j(reindent(code, indentUnit(ctx.source))).find(ctx.j.Program).get().node.body as AnyNode[];
}

/** The expression that replaces the lookup, reading `index`. */
export function replacement(ctx: TransformContext, lookup: Lookup, index: string): AnyNode {
  const { j } = ctx;
  const value = lookup.value;
  const get = j.callExpression(j.memberExpression(j.identifier(index), j.identifier('get')), [value]);
  const minusOne = j.unaryExpression('-', j.numericLiteral(1));
  switch (lookup.kind) {
    case 'find':
    case 'findLast':
      return get;
    case 'findIndex':
    case 'findLastIndex':
    case 'indexOf':
      return j.logicalExpression('??', get, minusOne);
    case 'filter':
      // A copy per lookup: callers may mutate the array filter() gave them.
      return j.logicalExpression('??', j.optionalCallExpression(j.optionalMemberExpression(get, j.identifier('slice'), false, true), [], false), j.arrayExpression([]));
    case 'count':
      return j.logicalExpression('??', get, j.numericLiteral(0));
    case 'some':
    case 'includes':
    case 'contains': {
      const has = j.callExpression(j.memberExpression(j.identifier(index), j.identifier('has')), [value]);
      return lookup.negated ? j.unaryExpression('!', has) : has;
    }
  }
}

function needsPosition(kind: LookupKind): boolean {
  return kind === 'findIndex' || kind === 'findLastIndex' || kind === 'indexOf';
}

/**
 * The code of a node as it stands now. Printed rather than sliced from the source: under `all` an
 * earlier transform may have rewritten part of it, or created it (no position at all).
 */
function textOf(ctx: TransformContext, node: AnyNode): string {
  return ctx.j(node).toSource({ quote: 'single' });
}

function needsParens(node: AnyNode): boolean {
  const n = unwrap(node);
  return n !== node || ['LogicalExpression', 'ConditionalExpression', 'AssignmentExpression', 'SequenceExpression', 'ArrowFunctionExpression', 'YieldExpression'].includes(n.type);
}

function accessor(keyPath: string[]): string {
  return keyPath.map((s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${quote(s)}]`)).join('');
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * A name for a position or group variable of the generated code: never one the function already
 * uses (an outer `i` shadowed by the index loop would mislead a reader).
 */
function localName(ctx: TransformContext, at: NodePath, taken: Set<string>, preferred: string): string {
  let name = freshName(ctx.j, at, preferred);
  while (taken.has(name)) name = freshName(ctx.j, at, preferred);
  return name;
}
