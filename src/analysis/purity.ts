import { walk, type AnyNode } from './ast';
import { describe } from './mutation';

/** Global functions that neither change state nor call user code for primitive arguments. */
const PURE_FUNCTIONS = new Set([
  'String', 'Number', 'Boolean', 'Math.abs', 'Math.max', 'Math.min', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.trunc',
  'Math.sign', 'Math.sqrt', 'Math.pow', 'Number.isNaN', 'Number.isFinite', 'Number.isInteger', 'isNaN', 'isFinite',
  'parseInt', 'parseFloat', 'Array.isArray',
]);

/**
 * Whether evaluating `node` can neither change state nor call unknown code, so it may be moved,
 * evaluated once instead of many times, or dropped. Property reads count as pure (plain data;
 * getters with side effects are outside this model). Function expressions are pure to create.
 */
export function isSideEffectFree(node: AnyNode): boolean {
  let pure = true;
  walk(node, (n) => {
    if (!pure) return false;
    switch (n.type) {
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return false; // creating a function runs nothing
      case 'CallExpression':
      case 'OptionalCallExpression':
        if (!PURE_FUNCTIONS.has(describe(n.callee))) pure = false;
        return pure;
      case 'AssignmentExpression':
      case 'UpdateExpression':
      case 'NewExpression':
      case 'AwaitExpression':
      case 'YieldExpression':
      case 'TaggedTemplateExpression':
      case 'ImportExpression':
      case 'SpreadElement':
      case 'ClassExpression':
        pure = false;
        return false;
      case 'UnaryExpression':
        if (n.operator === 'delete') pure = false;
        return pure;
      default:
        return true;
    }
  });
  return pure;
}
