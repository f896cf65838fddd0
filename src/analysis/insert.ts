/**
 * Where new statements (an index built once) can go: immediately before the statement that holds
 * a given expression, with the syntactic corner cases handled (bodies without braces, labels,
 * switch cases, arrow expression bodies) and the statement's leading comments kept on top.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunctionNode, type AnyNode, type NodePath } from './ast';
import { parentKey } from './scope';
import { indentUnit } from './layout';

const LIST_CONTAINERS: Record<string, string> = {
  Program: 'body', BlockStatement: 'body', StaticBlock: 'body', TSModuleBlock: 'body', SwitchCase: 'consequent',
};

const SINGLE_SLOTS: Record<string, string[]> = {
  IfStatement: ['consequent', 'alternate'],
  ForStatement: ['body'], ForInStatement: ['body'], ForOfStatement: ['body'], WhileStatement: ['body'],
  DoWhileStatement: ['body'], WithStatement: ['body'],
};

export interface Placement {
  /** The statement the new statements go before (a label, when the statement is labelled). */
  statement: NodePath;
  /** How the statement sits: in a list, alone in a body slot (needs braces), or an arrow's expression body. */
  slot: 'list' | 'single' | 'arrow-body';
  /**
   * Set when `path` is evaluated only sometimes within that statement (`c && a.filter(…)`,
   * `x ? … : …`, `a?.filter(…)`, a `for` update): hoisting work out of it would make it unconditional.
   */
  conditional?: string;
}

const CONDITIONAL_KEYS: Record<string, string[]> = {
  LogicalExpression: ['right'],
  ConditionalExpression: ['consequent', 'alternate'],
  AssignmentPattern: ['right'],
  ForStatement: ['update'],
  DoWhileStatement: ['test'],
  SwitchCase: ['test'],
};

/** Finds where statements can be inserted so that they run once, right before `path`'s statement. */
export function placementFor(path: NodePath): Placement | null {
  let conditional: string | undefined;
  let p: NodePath = path;
  while (p.parent) {
    const parent = p.parent.node;
    const key = parentKey(p);
    if (LIST_CONTAINERS[parent.type] === key) return { statement: p, slot: 'list', conditional };
    if (SINGLE_SLOTS[parent.type]?.includes(key)) return { statement: p, slot: 'single', conditional };
    if (parent.type === 'LabeledStatement' && key === 'body') {
      // `outer: for (…)`: the new statements go before the label.
      p = p.parent;
      continue;
    }
    if (parent.type === 'ArrowFunctionExpression' && key === 'body' && p.node.type !== 'BlockStatement') {
      return { statement: p, slot: 'arrow-body', conditional };
    }
    if (isFunctionNode(parent) || parent.type === 'ClassBody' || parent.type === 'ClassProperty' || parent.type === 'PropertyDefinition'
      || parent.type === 'ClassPrivateProperty' || parent.type === 'ClassAccessorProperty') {
      return null;
    }
    if (CONDITIONAL_KEYS[parent.type]?.includes(key)) conditional ??= `it runs only when ${describeConditional(parent)}`;
    if ((parent.type === 'OptionalMemberExpression' || parent.type === 'OptionalCallExpression') && hasOptionalBefore(parent, key)) {
      conditional ??= 'it sits in an optional chain (?.) and may not run';
    }
    p = p.parent;
  }
  return null;
}

function hasOptionalBefore(chain: AnyNode, key: string): boolean {
  // In `a?.b.c(x)`, `x` runs only when `a` is not nullish: any `optional` flag in the object part.
  if (key !== 'arguments' && key !== 'property' && key !== 'callee') return false;
  for (let n = chain; n; n = n.object ?? n.callee) {
    if (n.optional) return true;
    if (n.type !== 'OptionalMemberExpression' && n.type !== 'OptionalCallExpression') break;
  }
  return false;
}

function describeConditional(node: AnyNode): string {
  switch (node.type) {
    case 'LogicalExpression': return `the left side of ${node.operator} allows it`;
    case 'ConditionalExpression': return 'its branch of a ?: is taken';
    case 'AssignmentPattern': return 'the default value is needed';
    case 'ForStatement': return 'the for loop runs its update';
    case 'DoWhileStatement': return 'the do-while body completes';
    default: return 'an earlier switch case does not match';
  }
}

/**
 * Inserts `statements` immediately before the statement holding `path`. Returns false (and changes
 * nothing) when there is no such place. Leading comments of that statement move above the new
 * statements, so a comment that introduces the loop still introduces the code that prepares it.
 */
export function insertBefore(j: JSCodeshift, path: NodePath, statements: AnyNode[]): boolean {
  const place = placementFor(path);
  if (!place) return false;
  const target = place.statement;
  const node = target.node;
  moveLeadingComments(j, node, statements[0]);
  switch (place.slot) {
    case 'list':
      statements = asWritten(j, statements);
      if (target.parent?.node.type === 'SwitchCase' && !declaresInCase(target.parent.node)) {
        // A `const` directly under `case …:` is shared by every case (and flagged by
        // no-case-declarations): give the case a block of its own, the way it would be written.
        const kase = target.parent.node;
        const at = kase.consequent.indexOf(node);
        kase.consequent = [j.blockStatement([...kase.consequent.slice(0, at), ...statements, ...kase.consequent.slice(at)])];
        return true;
      }
      {
        const glued = writtenOnSharedLines(target.parent?.node);
        for (const statement of statements) target.insertBefore(statement);
        if (glued) unglue(target.parent?.node);
      }
      return true;
    case 'single':
      target.replace(blockAsWritten(j, statements, node, target.parent?.node, false) ?? j.blockStatement([...statements, detached(node)]));
      return true;
    case 'arrow-body':
      target.replace(blockAsWritten(j, statements, node, target.parent?.node, true) ?? j.blockStatement([...statements, j.returnStatement(detached(node))]));
      return true;
  }
}

/**
 * The statements as parsed from their own text (ending with a line break). recast spaces a
 * statement list by each statement's original surroundings: nodes built in memory get a blank line
 * around them once they carry a comment, and a snippet without a final line break is joined to the
 * statement after it (`…;return x;` in a one-line function body). Positions are dropped: they index
 * into the snippet, not into the file (recast keeps what it needs in `loc`).
 */
function asWritten(j: JSCodeshift, statements: AnyNode[]): AnyNode[] {
  const text = statements.map((s) => ownText(s) ?? j(s).toSource({ quote: 'single' })).join('\n') + '\n';
  let parsed: AnyNode[];
  try {
    parsed = j(text).find(j.Program).get().node.body;
  } catch {
    return statements;
  }
  if (parsed.length !== statements.length) return statements;
  for (const statement of parsed) {
    walkAll(statement, (n) => {
      delete n.start;
      delete n.end;
    });
  }
  return parsed;
}

/**
 * A new block `{ statements; node }` (or `{ statements; return node; }`) parsed from its own text,
 * so it is laid out the same whichever transform made it: statements one per line, no blank lines
 * added around a statement that spans several. Callers holding paths inside `node` must not use
 * them afterwards (the block's nodes are new).
 */
function blockAsWritten(j: JSCodeshift, statements: AnyNode[], node: AnyNode, holder: AnyNode, asReturn: boolean): AnyNode | null {
  const last = j(node).toSource({ quote: 'single' });
  const parts = [...statements.map((s) => ownText(s) ?? j(s).toSource({ quote: 'single' })), asReturn ? `return ${last};` : last];
  // One unit per level from column 0: recast shifts the block to where the replaced statement stood.
  const fileText: string = holder?.loc?.lines?.toString() ?? '';
  const unit = indentUnit(fileText);
  const body = parts.map((p) => p.split('\n').map((l) => (l ? unit + l : l)).join('\n')).join('\n');
  try {
    const block = j(`{\n${body}\n}\n`).find(j.Program).get().node.body[0];
    if (block?.type !== 'BlockStatement' || block.body.length !== statements.length + 1) return null;
    walkAll(block, (n) => {
      delete n.start;
      delete n.end;
    });
    return block;
  } catch {
    return null;
  }
}

/** The text a statement was parsed from (recast keeps it in `loc.lines`), unless comments were added since. */
function ownText(statement: AnyNode): string | null {
  const loc = statement.loc;
  if (!loc?.lines || statement.comments?.some((c: AnyNode) => !c.loc)) return null;
  return loc.lines.slice(loc.start, loc.end).toString();
}

function walkAll(node: AnyNode, visit: (n: AnyNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((n) => walkAll(n, visit));
    return;
  }
  if (typeof node.type !== 'string') return;
  visit(node);
  // recast's record of the parsed node (not enumerable): a difference between the two would make recast reprint it.
  if (node.original) visit(node.original);
  for (const key of Object.keys(node)) {
    if (key !== 'loc' && key !== 'tokens') walkAll(node[key], visit);
  }
}

/** Whether a case clause declares block-scoped names of its own (wrapping it in a block would hide them from other cases). */
function declaresInCase(kase: AnyNode): boolean {
  return kase.consequent.some((s: AnyNode) => (s.type === 'VariableDeclaration' && s.kind !== 'var')
    || s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration');
}

/**
 * Statements written on one line (`{ const out = []; for (…) …; return out; }`) would have the new
 * statements glued between them (`[];const x = …`, `}return out;`): their positions are dropped, so
 * the list prints one statement per line. Node identity and `start`/`end` stay (paths and type
 * questions still work).
 */
function writtenOnSharedLines(container: AnyNode): boolean {
  const key = container && LIST_CONTAINERS[container.type];
  const list: AnyNode[] | undefined = key ? container[key] : undefined;
  // Only neighbours from the same text count (inserted statements carry their snippet's lines).
  return !!list && list.some((s, i) => {
    const prev = list[i - 1];
    return i > 0 && s.loc && prev?.loc && s.loc.lines === prev.loc.lines && prev.loc.end.line === s.loc.start.line;
  });
}

function unglue(container: AnyNode): void {
  const list: AnyNode[] = container[LIST_CONTAINERS[container.type]];
  // `original` is recast's non-writable record of the parsed node: without `loc` it is not reused.
  for (const statement of list) delete statement.loc;
}

/**
 * A shallow copy without position: recast then prints the statement on a line of its own inside the
 * new block (its children still reprint from the original text).
 */
function detached(node: AnyNode): AnyNode {
  const copy = { ...node };
  delete copy.loc;
  delete copy.start;
  delete copy.end;
  delete copy.original;
  return copy;
}

function moveLeadingComments(j: JSCodeshift, from: AnyNode, to: AnyNode): void {
  if (!to) return;
  const comments: AnyNode[] = from.comments ?? [];
  const leading = comments.filter((c) => c.leading);
  if (leading.length === 0) return;
  from.comments = comments.filter((c) => !c.leading);
  // Fresh comment nodes: recast cannot print a comment whose position belongs to another node.
  const copies = leading.map((c) => {
    const copy = c.type === 'CommentBlock' || c.type === 'Block' ? j.commentBlock(c.value, true, false) : j.commentLine(c.value, true, false);
    return copy;
  });
  to.comments = [...copies, ...(to.comments ?? [])];
}
