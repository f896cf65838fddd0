import type { FileInfo, API, Options } from 'jscodeshift';
import { runTransforms } from './apply';
import { quoteForLocation } from '../report/quote';
import type { ParserName, PerfTransform, Safety } from './types';

const PARSERS: readonly string[] = ['ts', 'tsx', 'babel'];

/**
 * Wraps a perfmod transform as a plain jscodeshift transform (`jscodeshift -t transforms/<id>.js`).
 * perfmod parses by itself (parser by extension, decorator fallbacks); `--safety=safe` and
 * `--types=false` pass through as jscodeshift options.
 */
export function jscodeshiftEntry(transform: PerfTransform) {
  const entry = (file: FileInfo, api: API, options: Options): string | undefined => {
    // jscodeshift always sets options.parser (default 'babel'), so it cannot say "by extension";
    // perfmod's own `--perfmod-parser` overrides the extension choice instead.
    const requested = options['perfmod-parser'] ?? options.perfmodParser;
    const parser = typeof requested === 'string' && PARSERS.includes(requested) ? (requested as ParserName) : undefined;
    const result = runTransforms([transform], file.source, {
      filePath: file.path,
      parser,
      safety: (options.safety as Safety) ?? 'review',
      types: options.types !== false && options.types !== 'false',
    });
    for (const error of result.errors) {
      api.report(`${quoteForLocation(file.path)}:${error.line}:${error.column}: ${error.reason}`);
    }
    for (const change of result.changes) {
      api.report(`${quoteForLocation(file.path)}:${change.line}:${change.column}: [${change.safety}] ${change.message}`);
    }
    // Returning undefined tells jscodeshift "unmodified".
    return result.changed ? result.code : undefined;
  };
  return entry;
}
