import { isFunctionNode, walk, type AnyNode } from './ast';

export { isFunctionNode } from './ast';

export interface CallbackShape {
  fn: AnyNode;
  params: AnyNode[];
  /** The returned expression: the arrow's expression body, or the argument of the block's only `return`. */
  body: AnyNode;
}

/**
 * The shape of a predicate or mapping callback we can reason about: an arrow or function expression
 * whose body is a single expression. Async and generator functions are not, and neither are function
 * expressions that read `this` or `arguments` (moving them would change what those mean).
 */
export function callbackShape(node: AnyNode): CallbackShape | null {
  if (!node || (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression')) return null;
  if (node.async || node.generator) return null;
  let body: AnyNode;
  if (node.body.type === 'BlockStatement') {
    const statements = node.body.body;
    if (statements.length !== 1 || statements[0].type !== 'ReturnStatement' || !statements[0].argument) return null;
    body = statements[0].argument;
  } else {
    body = node.body;
  }
  if (node.type === 'FunctionExpression' && usesOwnThisOrArguments(node)) return null;
  return { fn: node, params: node.params, body };
}

/**
 * Whether `node` reads `this`, `arguments`, `super` or `new.target` of the function it sits in
 * (arrow functions inside it share them; other functions have their own).
 */
export function readsFunctionContext(node: unknown): boolean {
  let found = false;
  walk(node, (n) => {
    if (found) return false;
    if (n.type === 'ThisExpression' || n.type === 'Super' || (n.type === 'Identifier' && n.name === 'arguments')
      || (n.type === 'MetaProperty' && n.meta?.name === 'new')) found = true;
    return !(isFunctionNode(n) && n.type !== 'ArrowFunctionExpression');
  });
  return found;
}

/** Whether a (non-arrow) function reads its own `this`, `arguments`, `super` or `new.target`. */
export function usesOwnThisOrArguments(fn: AnyNode): boolean {
  return readsFunctionContext(fn.body);
}

/** Names bound by a parameter or declaration pattern (`x`, `{ a, b: c }`, `[d, ...e]`, `f = 1`). */
export function patternNames(pattern: AnyNode): string[] {
  const names: string[] = [];
  const visit = (p: AnyNode): void => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier': names.push(p.name); break;
      case 'ObjectPattern':
        for (const prop of p.properties) visit(prop.type === 'RestElement' ? prop.argument : prop.value);
        break;
      case 'ArrayPattern': for (const el of p.elements) visit(el); break;
      case 'RestElement': visit(p.argument); break;
      case 'AssignmentPattern': visit(p.left); break;
      case 'TSParameterProperty': visit(p.parameter); break;
      default: break;
    }
  };
  visit(pattern);
  return names;
}
