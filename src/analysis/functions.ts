import { walk, type AnyNode } from './ast';

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

/** Whether a (non-arrow) function reads its own `this` or `arguments`. */
export function usesOwnThisOrArguments(fn: AnyNode): boolean {
  let found = false;
  walk(fn.body, (n) => {
    if (found) return false;
    if (n.type === 'ThisExpression' || (n.type === 'Identifier' && n.name === 'arguments')) {
      found = true;
      return false;
    }
    // Nested non-arrow functions have their own this/arguments.
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ClassMethod' || n.type === 'ObjectMethod') return false;
    return true;
  });
  return found;
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
