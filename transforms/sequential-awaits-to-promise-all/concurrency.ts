/**
 * The `concurrency` option: at most N calls in flight. The bounded version is a small helper
 * function added once per file (a declaration at the end of the module: declarations are hoisted).
 */
import type { TransformContext } from '../../src/engine/types';
import { freshName } from '../../src/analysis/naming';
import { indentUnit, reindent, usesSemicolons } from '../../src/analysis/layout';

const TS_FILE = /\.(ts|tsx|mts|cts)$/i;
const helpers = new WeakMap<object, string>();

/** The configured bound (a positive integer), or null for unbounded `Promise.all`. */
export function concurrencyLimit(ctx: TransformContext): number | null {
  const value = ctx.options.concurrency;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : null;
}

function helperCode(name: string, typed: boolean): string {
  const signature = typed
    ? `async function ${name}<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]>`
    : `async function ${name}(items, limit, fn)`;
  const results = typed ? 'new Array<R>(items.length)' : 'new Array(items.length)';
  return `/** Calls fn on every item with at most \`limit\` calls in flight; results in the items' order. */
${signature} {
  const results = ${results};
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}`;
}

/** The helper's name in this file, adding the helper on first use. */
export function concurrencyHelper(ctx: TransformContext): string {
  const program = ctx.root.get().node.program;
  const existing = helpers.get(program);
  if (existing) return existing;
  const name = freshName(ctx.j, ctx.root, 'mapConcurrent');
  let code = reindent(helperCode(name, !!ctx.filePath && TS_FILE.test(ctx.filePath)), indentUnit(ctx.source));
  if (!usesSemicolons(ctx.source)) code = code.replace(/;$/gm, '');
  const statements = ctx.j(code).find(ctx.j.Program).get().node.body;
  ctx.root.find(ctx.j.Program).paths()[0].get('body').push(...statements);
  helpers.set(program, name);
  return name;
}
