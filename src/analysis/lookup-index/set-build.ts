/**
 * The statements that build a Set so that `set.has(v)` answers exactly what the scan answered:
 *
 * - NaN: `===` and `indexOf` never match NaN; a Set does. When an element and the value may both
 *   be NaN, the Set leaves NaN out (`set.delete(NaN)` after building): exact, whatever the data.
 * - Holes: `indexOf` and `some` skip the holes of a sparse array; `includes`, `for…of` and a Set
 *   built from the array see them as `undefined`. When the scan skips holes, the collection is not
 *   proven dense and the value may be `undefined`, the Set is filled by `forEach` (which skips
 *   holes too) instead of being built from the array.
 * - A literal collection becomes `new Set([...])` of that literal (a literal has no holes here).
 */
import type { JSCodeshift } from 'jscodeshift';
import type { AnyNode } from '../ast';

export interface SetBuild {
  name: string;
  /** The collection expression, as it should appear in the new code. */
  collection: AnyNode;
  /** `(y) => y.id` for a Set of keys; null for a Set of the elements. */
  mapper: AnyNode | null;
  /** Leave NaN out (the scan compared with `===`). */
  excludeNaN: boolean;
  /** Skip holes (the scan skipped them, and they could matter). */
  skipHoles: boolean;
}

/** `const name = …;` and the statements that complete it (parsed from text, so they print as written). */
export function setBuildStatements(j: JSCodeshift, build: SetBuild): AnyNode[] {
  const text = (node: AnyNode): string => j(node).toSource({ quote: 'single' });
  const { name, mapper } = build;
  const collection = needsParens(build.collection) ? `(${text(build.collection)})` : text(build.collection);
  const lines: string[] = [];
  // forEach needs an expression-bodied callback to add the key; anything else keeps `map`.
  const fillable = !mapper || (mapper.type === 'ArrowFunctionExpression' && mapper.body.type !== 'BlockStatement'
    && mapper.params.length === 1 && mapper.params[0].type === 'Identifier');
  if (build.skipHoles && fillable) {
    const param = mapper ? mapper.params[0].name : elementName(name);
    const key = mapper ? text(mapper.body) : param;
    lines.push(`const ${name} = new Set();`, `${collection}.forEach((${param}) => ${name}.add(${key}));`);
  } else {
    lines.push(`const ${name} = new Set(${mapper ? `${collection}.map(${text(mapper)})` : text(build.collection)});`);
  }
  if (build.excludeNaN) lines.push(`${name}.delete(NaN);`);
  const parsed: AnyNode[] = j(lines.join('\n') + '\n').find(j.Program).get().node.body;
  return parsed;
}

function needsParens(node: AnyNode): boolean {
  return !['Identifier', 'MemberExpression', 'CallExpression', 'ArrayExpression', 'ThisExpression', 'TSAsExpression', 'TSNonNullExpression'].includes(node.type)
    || node.type === 'TSAsExpression';
}

/** Whether the first-built form visits holes differently from `new Set(collection)`. */
export function buildSkipsHoles(build: SetBuild): boolean {
  return build.skipHoles;
}

/** A parameter name for the forEach callback that cannot be confused with the Set: `x`. */
function elementName(setName: string): string {
  return setName === 'x' ? 'element' : 'x';
}
