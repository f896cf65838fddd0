import * as babelParser from '@babel/parser';
import type { ParserPlugin, ParserOptions } from '@babel/parser';
import type { ParserName } from './types';

/** Proposal plugins every dialect accepts; decorators are chosen per attempt. */
const COMMON_PLUGINS: ParserPlugin[] = [
  'asyncGenerators',
  'bigInt',
  'classPrivateMethods',
  'classPrivateProperties',
  'classProperties',
  'decoratorAutoAccessors',
  'doExpressions',
  'dynamicImport',
  'exportDefaultFrom',
  'exportNamespaceFrom',
  'functionBind',
  'functionSent',
  'importAttributes',
  'importMeta',
  'logicalAssignment',
  'nullishCoalescingOperator',
  'numericSeparator',
  'objectRestSpread',
  'optionalCatchBinding',
  'optionalChaining',
  'throwExpressions',
  'explicitResourceManagement',
];

const BASE_OPTIONS: ParserOptions = {
  sourceType: 'module',
  allowImportExportEverywhere: true,
  allowReturnOutsideFunction: true,
  startLine: 1,
  tokens: true,
};

const LEGACY_DECORATORS: ParserPlugin = 'decorators-legacy';
const MODERN_DECORATORS: ParserPlugin = ['decorators', { decoratorsBeforeExport: false, allowCallParenthesized: true }];

/** Plugin lists to try in order: the first that parses wins. */
function attempts(parser: ParserName): ParserPlugin[][] {
  switch (parser) {
    case 'ts':
      return [
        ['typescript', LEGACY_DECORATORS, ...COMMON_PLUGINS],
        ['typescript', MODERN_DECORATORS, ...COMMON_PLUGINS],
      ];
    case 'tsx':
      return [
        ['typescript', 'jsx', LEGACY_DECORATORS, ...COMMON_PLUGINS],
        ['typescript', 'jsx', MODERN_DECORATORS, ...COMMON_PLUGINS],
      ];
    case 'babel':
      return [
        ['jsx', MODERN_DECORATORS, ...COMMON_PLUGINS],
        ['jsx', LEGACY_DECORATORS, ...COMMON_PLUGINS],
        [['flow', { all: true }], 'jsx', LEGACY_DECORATORS, ...COMMON_PLUGINS],
      ];
  }
}

/** The parser for a file, by extension: `ts` rejects nothing TS allows in .ts (like `<T>x` casts), `tsx` for .tsx. */
export function parserForFile(filePath: string | undefined): ParserName {
  const ext = (filePath ?? '').toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  if (ext === 'ts' || ext === 'mts' || ext === 'cts') return 'ts';
  if (ext === 'tsx') return 'tsx';
  if (ext === 'js' || ext === 'jsx' || ext === 'mjs' || ext === 'cjs') return 'babel';
  return filePath ? 'babel' : 'tsx';
}

/**
 * A recast-compatible parser object (`{ parse }`) that retries with other decorator dialects.
 * `lastSource` is the text it was last given: recast hands the parser its own normalisation of the
 * file (tabs in indentation expanded, line terminators made uniform), and node positions index into
 * that text, not into the file as read.
 */
export function makeParser(parser: ParserName): { parse(source: string): unknown; lastSource?: string } {
  return {
    lastSource: undefined as string | undefined,
    parse(source: string) {
      this.lastSource = source;
      let firstError: unknown;
      for (const plugins of attempts(parser)) {
        try {
          const ast = babelParser.parse(source, { ...BASE_OPTIONS, plugins });
          trimDirectiveSemicolons(ast, source);
          return ast;
        } catch (error) {
          firstError ??= error;
        }
      }
      throw firstError;
    },
  };
}

/** A plain parse (no tokens, no recast) for the pre-filters; null when it fails (the full parse then reports why). */
export function parsePlain(source: string, parser: ParserName): unknown {
  for (const plugins of attempts(parser)) {
    try {
      return babelParser.parse(source, { ...BASE_OPTIONS, tokens: false, plugins });
    } catch {
      // next dialect; a stack overflow or a syntax error falls through to the full parse
    }
  }
  return null;
}

/**
 * recast prints a reprinted directive as its original text plus `;`: when the original text already
 * ends with the semicolon that gives `'use strict';;`. Ending the directive's range at its literal
 * keeps the original quote style and drops the doubled semicolon.
 */
function trimDirectiveSemicolons(ast: { program: unknown }, source: string): void {
  if (!/['"]use |^\s*['"]/m.test(source)) return;
  const visit = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.directives)) {
      for (const directive of node.directives) {
        const literal = directive.value;
        if (literal?.loc && directive.loc) {
          directive.end = literal.end;
          directive.loc = { ...directive.loc, end: literal.loc.end };
        }
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'tokens' || key === 'comments' || key === 'leadingComments' || key === 'trailingComments') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child.type === 'string') visit(child);
    }
  };
  visit(ast.program);
}

/** Line/column (1-based line, 1-based column) of a Babel parse error, when it carries one. */
export function errorPosition(error: unknown): { line: number; column: number } {
  const loc = (error as { loc?: { line: number; column: number } })?.loc;
  return loc ? { line: loc.line, column: loc.column + 1 } : { line: 1, column: 1 };
}

export const TOO_DEEP = 'too deeply nested to analyse';

/** A stack overflow: valid code nested deeper than a recursive walk can follow (not a syntax error). */
export function isTooDeeplyNested(error: unknown): boolean {
  return error instanceof RangeError && /Maximum call stack size exceeded/.test(error.message);
}
