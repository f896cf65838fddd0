import { isFunctionNode, methodCall, type AnyNode } from './ast';
import { ITERATION_METHODS } from './loops';

const LOOP_STATEMENTS = new Set(['ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement']);
const SKIPPED_KEYS = new Set(['loc', 'start', 'end', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'tokens', 'extra']);

/**
 * Cheap tests on a plain parse (no recast, no NodePaths), so that a file with no candidate is never
 * given to recast: its parse costs three times a plain one. Each test is a superset of what the
 * transform's own matching finds: a false "no" would silently skip a candidate.
 */

/**
 * Whether a call of one of `methods` sits anywhere inside a loop statement or inside a function
 * passed to an iteration method (`xs.forEach(…)`, `xs.filter(…)`): what `enclosingLoop` looks for,
 * and more (nested functions are not excluded).
 */
export function callInsideLoop(file: AnyNode, methods: ReadonlySet<string>, also?: (node: AnyNode) => boolean): boolean {
  let found = false;
  const visit = (node: AnyNode, inLoop: boolean): void => {
    if (found) return;
    if (also?.(node)) {
      found = true;
      return;
    }
    const call = methodCall(node);
    if (inLoop && call && methods.has(call.method)) {
      found = true;
      return;
    }
    const loopHere = LOOP_STATEMENTS.has(node.type);
    const iterates = call !== null && ITERATION_METHODS.has(call.method);
    for (const key of Object.keys(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const child = node[key];
      const childInLoop = inLoop || loopHere || (iterates && key === 'arguments');
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === 'string') visit(c, childInLoop || (iterates && isFunctionNode(c)));
      } else if (child && typeof child.type === 'string') visit(child, childInLoop);
    }
  };
  visit(file, false);
  return found;
}
