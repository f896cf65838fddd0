/**
 * Code that an index moves before a loop (an extra condition of a lookup predicate, a mapping
 * callback, the elements of an array literal) reads variables once instead of once per iteration.
 * Each such variable must hold the same value on every iteration: not be declared in the loop,
 * assigned in it, or assigned by a function the loop may call.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, type NodePath } from './ast';
import { argumentsMayRebind } from './hazards';
import { classifyUse, unknownCalls } from './mutation';
import { ancestorPath, bindingScope, contains, insideNestedFunction, readsWrites, referencesTo } from './scope';

export type NameStability = { stale: string } | { assumption: string } | null;

/**
 * Whether `name`, as seen from `at`, may change while `region` (the loop) runs. `stale`: it does
 * or may with certainty enough to refuse; `assumption`: other modules could change it (an import);
 * null: it keeps its value.
 */
export function nameChangesDuring(j: JSCodeshift, at: NodePath, name: string, region: NodePath): NameStability {
  const scope = bindingScope(at, name);
  if (!scope) {
    // A global: only a write in the loop itself is visible.
    return readsWrites(region.node).writes.has(name) ? { stale: `${name} is assigned inside the loop` } : null;
  }
  if (contains(region.node, scope.node)) return { stale: `${name} is declared inside the loop` };
  const declarations = scope.getBindings()[name] ?? [];
  const kinds = declarations.map((d) => declarationKind(d));
  if (kinds.length > 0 && kinds.every((k) => k === 'const')) return null;
  const scopePath = ancestorPath(at, scope.node);
  const closures = unknownCalls(region.node).length > 0;
  const refs = scopePath ? referencesTo(j, scopePath, name, scope) : [];
  // Sloppy-mode scripts: `arguments[i] = …` in the loop reassigns a parameter.
  const rebinds = refs.length > 0 ? argumentsMayRebind(refs[0], region.node) : null;
  if (rebinds) return { stale: `${rebinds}, which may reassign the parameter ${name}` };
  for (const ref of refs) {
    if (classifyUse(ref, name)?.kind !== 'reassign') continue;
    if (contains(region.node, ref.node)) return { stale: `${name} is assigned inside the loop` };
    if (closures && insideNestedFunction(ref, scope.node)) return { stale: `${name} is assigned inside a function that the loop may call` };
  }
  if (closures && kinds.includes('import')) return { assumption: `the calls inside the loop do not change the imported binding ${name}` };
  return null;
}

function declarationKind(declaration: NodePath): 'const' | 'import' | 'other' {
  const parent = declaration.parent?.node;
  if (parent?.type === 'ImportNamespaceSpecifier') return 'const';
  if (parent?.type === 'ImportSpecifier' || parent?.type === 'ImportDefaultSpecifier') return 'import';
  const statement = declaration.parent?.parent?.node;
  return parent?.type === 'VariableDeclarator' && statement?.type === 'VariableDeclaration' && statement.kind === 'const' ? 'const' : 'other';
}

/**
 * Whether code at `path` and code just before `outer` (one of its ancestors) see different
 * `this`/`arguments`: a non-arrow function (a `function` callback) lies between them.
 */
export function functionContextDiffers(path: NodePath, outer: NodePath): boolean {
  for (let p: NodePath | null = path.parent; p && p.node !== outer.node; p = p.parent) {
    if (isFunctionNode(p.node) && p.node.type !== 'ArrowFunctionExpression') return true;
  }
  return false;
}
