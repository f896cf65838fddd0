/**
 * Where index statements go, in one canonical order. Indexes for one loop sit directly above it,
 * ordered by where the loop first uses them; so whichever transform (or run) inserts its index
 * first, the block above the loop comes out the same: running A then B, B then A, or `all` gives
 * byte-identical code.
 */
import type { JSCodeshift } from 'jscodeshift';
import { walk, type AnyNode, type NodePath } from '../ast';
import { insertBefore, placementFor } from '../insert';
import { isSideEffectFree } from '../purity';

const LIST_KEYS: Record<string, string> = { Program: 'body', BlockStatement: 'body', StaticBlock: 'body', TSModuleBlock: 'body', SwitchCase: 'consequent' };

/** `const name = new Set(…)` / `new Map(…)` with a pure argument: the head of an index group. */
function indexDeclarationName(statement: AnyNode): string | null {
  if (statement?.type !== 'VariableDeclaration' || statement.kind !== 'const' || statement.declarations.length !== 1) return null;
  const d = statement.declarations[0];
  const init = d.init;
  if (d.id.type !== 'Identifier' || init?.type !== 'NewExpression' || init.callee.type !== 'Identifier') return null;
  if (init.callee.name !== 'Set' && init.callee.name !== 'Map') return null;
  if (init.arguments.length > 1 || !init.arguments.every((a: AnyNode) => isSideEffectFree(a) || isPureMap(a))) return null;
  return d.id.name;
}

/** `xs.map((x) => x.id)`: the only call an index's own argument makes. */
function isPureMap(node: AnyNode): boolean {
  return node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && !node.callee.computed
    && node.callee.property.name === 'map' && isSideEffectFree(node.callee.object) && node.arguments.length === 1
    && (node.arguments[0].type === 'ArrowFunctionExpression' && isSideEffectFree(node.arguments[0].body));
}

/** Whether a statement only fills the index `name` (`name.add(…)`, `name.set(…)`, `name.delete(NaN)`). */
function fillsIndex(statement: AnyNode, name: string): boolean {
  if (!statement || statement.type === 'VariableDeclaration') return false;
  let writes = false;
  walk(statement, (n) => {
    if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && n.callee.object.type === 'Identifier'
      && n.callee.object.name === name && ['add', 'set', 'delete'].includes(n.callee.property.name)) writes = true;
    return !writes;
  });
  return writes;
}

interface Group { name: string; start: number; end: number }

/** The index groups directly above statement `at` of `list` (nearest last). */
function groupsAbove(list: AnyNode[], at: number): Group[] {
  const groups: Group[] = [];
  let end = at - 1;
  while (end >= 0) {
    let found: Group | null = null;
    for (let d = end; d >= Math.max(0, end - 3); d--) {
      const name = indexDeclarationName(list[d]);
      if (name) {
        if (list.slice(d + 1, end + 1).every((s) => fillsIndex(s, name))) found = { name, start: d, end };
        break;
      }
    }
    if (!found) break;
    groups.unshift(found);
    end = found.start - 1;
  }
  return groups;
}

function firstUse(text: string, name: string): number {
  const m = new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).exec(text);
  return m ? m.index : -1;
}

export interface IndexStatements {
  name: string;
  statements: AnyNode[];
}

/**
 * Inserts the statements that build each index before the statement holding `loopPath`, among
 * the indexes already there, in the order the loop first uses them. Returns false when there is
 * no place (nothing is changed).
 */
export function insertIndexes(j: JSCodeshift, loopPath: NodePath, indexes: IndexStatements[]): boolean {
  const place = placementFor(loopPath);
  if (!place) return false;
  const target = place.statement;
  const container = target.parent;
  const listKey = container ? LIST_KEYS[container.node.type] : undefined;
  const list: AnyNode[] | undefined = place.slot === 'list' && listKey ? container.node[listKey] : undefined;
  const loopText = j(target.node).toSource();
  if (!list) {
    // A body without braces gets a block: all indexes go in at once, in the order of first use.
    const ordered = [...indexes].sort((a, b) => firstUse(loopText, a.name) - firstUse(loopText, b.name) || (a.name < b.name ? -1 : 1));
    return insertBefore(j, loopPath, ordered.flatMap((i) => i.statements));
  }
  for (const index of indexes) {
    const at = list.indexOf(target.node);
    const mine = firstUse(loopText, index.name);
    const groups = groupsAbove(list, at);
    // Only the contiguous run of groups the loop uses counts; ours goes before the first that the loop uses later.
    let before: NodePath = target;
    for (let i = groups.length - 1; i >= 0; i--) {
      const use = firstUse(loopText, groups[i].name);
      if (use < 0 || use < mine || (use === mine && groups[i].name < index.name)) break;
      before = container.get(listKey, groups[i].start);
    }
    if (!insertBefore(j, before, index.statements)) return false;
  }
  return true;
}
