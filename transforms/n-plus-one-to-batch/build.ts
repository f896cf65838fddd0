/**
 * The rewrite: before the loop, the distinct keys, one batched query per chunk of them (none for
 * an empty list) and a Map from key to row(s); in the loop, the read becomes a lookup that gives
 * exactly what the single read gave for a key without rows (null, undefined, [] or, for
 * `…OrThrow`, the single read itself, which throws its own error).
 */
import { freshName, indentUnit, reindent, type AnyNode, type NodePath } from '../../src/analysis';
import type { TransformContext } from '../../src/engine/types';
import type { Plan } from './decide';
import { text, type BatchRead, type ImportNames } from './read';

export const DEFAULT_BATCH_SIZE = 500;

export interface Built {
  /** The statements that go before the loop. */
  code: string;
  /** The index's name (for messages). */
  index: string;
  /** The expression that replaces `await read`; null when the read stays (DataLoader priming). */
  replacement: AnyNode | null;
}

function capitalised(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}

/** `p.authorId` -> `authorIds`; `id` -> `ids`. */
function keysStem(keyText: string): string {
  const last = keyText.replace(/\)+$/, '').split(/[^A-Za-z0-9_$]+/).filter(Boolean).pop() ?? 'key';
  return `${/^[A-Za-z_$]/.test(last) ? last : 'key'}s`;
}

export function buildBatch(ctx: TransformContext, plan: Plan, names: ImportNames, batchSize: number): Built {
  const { read, site } = plan;
  const at: NodePath = site.loop.path;
  const keyText = text(ctx, read.key.node);
  const patternText = text(ctx, site.pattern);
  const param = `(${patternText})`;
  const keys = freshName(ctx.j, at, keysStem(keyText));
  // Items whose read runs: all of them, or those that pass the conditions the read sits under.
  const itemsText = plan.filter ? `${text(ctx, site.items.node)}.filter(${param} => ${plan.filter})` : text(ctx, site.items.node);
  const keysCode = read.stringKeys
    // Distinct by String(key), keeping each key as written (an ObjectId stays an ObjectId).
    ? `const ${keys} = Array.from(new Map(${itemsText}.map(${param} => [String(${keyText}), ${keyText}])).values());`
    : site.pattern.type === 'Identifier' && keyText === site.pattern.name
      ? `const ${keys} = Array.from(new Set(${itemsText}));`
      : `const ${keys} = Array.from(new Set(${itemsText}.map(${param} => ${keyText})));`;
  if (read.primeOnly) {
    return { code: `${keysCode}\nawait ${read.batch(keys, names)};`, index: keys, replacement: null };
  }
  const index = freshName(ctx.j, at, `${read.stem}By${capitalised(read.field.replace(/^_/, ''))}`);
  const i = freshName(ctx.j, at, 'i');
  const row = freshName(ctx.j, at, 'row');
  const chunk = read.chunk ?? batchSize;
  const key = read.hiddenKey ? freshName(ctx.j, at, 'key') : null;
  const rows = freshName(ctx.j, at, 'rows');
  const rowKey = key ?? read.rowKey(row);
  const query = `const ${rows} = await ${read.batch(`${keys}.slice(${i}, ${i} + ${chunk})`, names)};`;
  // Without the key that was only added to the selection: each item sees what it selected.
  const head = read.hiddenKey ? `for (const { ${read.hiddenKey}: ${key}, ...${row} } of ${rows})` : `for (const ${row} of ${rows})`;
  let collect: string;
  if (read.collect === 'one') {
    collect = `${head} ${index}.set(${rowKey}, ${row});`;
  } else if (read.collect === 'first') {
    // The first row per key, in the query's order.
    collect = `${head} if (!${index}.has(${rowKey})) ${index}.set(${rowKey}, ${row});`;
  } else {
    const group = freshName(ctx.j, at, 'group');
    collect = `${head} {\n    const ${group} = ${index}.get(${rowKey});\n    if (${group}) ${group}.push(${row});\n    else ${index}.set(${rowKey}, [${row}]);\n  }`;
  }
  const code = [
    keysCode,
    `const ${index} = new Map();`,
    `for (let ${i} = 0; ${i} < ${keys}.length; ${i} += ${chunk}) {`,
    `  ${query}`,
    `  ${collect}`,
    '}',
  ].join('\n');
  return { code, index, replacement: lookup(ctx, read, index) };
}

/** `index.get(key) ?? null` and its siblings: per item, what the single read gave. */
function lookup(ctx: TransformContext, read: BatchRead, index: string): AnyNode {
  const { j } = ctx;
  const keyNode = read.key.node;
  const key = read.stringKeys ? j.callExpression(j.identifier('String'), [keyNode]) : keyNode;
  const get = j.callExpression(j.memberExpression(j.identifier(index), j.identifier('get')), [key]);
  switch (read.missing) {
    case 'undefined': return get;
    case 'null': return j.logicalExpression('??', get, j.nullLiteral());
    case 'empty': return j.logicalExpression('??', get, j.arrayExpression([]));
    case 'throw': return j.logicalExpression('??', get, j.awaitExpression(read.call.node));
  }
}

export function parseStatements(ctx: TransformContext, code: string): AnyNode[] {
  return ctx.j(reindent(code, indentUnit(ctx.source))).find(ctx.j.Program).get().node.body as AnyNode[];
}
