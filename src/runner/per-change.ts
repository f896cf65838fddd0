import { runTransforms } from '../engine/apply';
import { makeParser, parserForFile } from '../engine/parse';
import type { PerfTransform, TransformResult } from '../engine/types';
import { changeDetail, type ChangeDetail } from '../report/change-detail';
import { formatTouched } from './format';
import type { FileJobOptions } from './process-file';

export interface TransformedSource {
  result: TransformResult;
  /** The output text: `result.code`, formatted with the project's Prettier when asked and possible. */
  code: string;
  /** Why formatting was not done, when prettier failed. */
  warning?: string;
}

/** One file's source through the transforms (with `only` overriding the job's), then the project's formatter. */
export function transformSource(
  transforms: PerfTransform[],
  source: string,
  absolutePath: string,
  display: string,
  options: FileJobOptions,
  only: readonly string[] | undefined = options.only,
): TransformedSource {
  const result = runTransforms(transforms, source, {
    filePath: absolutePath,
    safety: options.safety,
    parser: options.parser,
    types: options.types,
    config: options.config,
    displayPath: display,
    deadline: options.fileTimeoutMs ? Date.now() + options.fileTimeoutMs : undefined,
    ...(only ? { only } : {}),
    ...(options.heat ? { heat: { total: options.heat.total, stacks: options.heat.files[absolutePath] ?? [] }, minShare: options.minShare } : {}),
  });
  if (!result.changed || !options.format) return { result, code: result.code };
  const parser = makeParser(options.parser ?? parserForFile(absolutePath));
  const formatted = formatTouched(absolutePath, source, result.code, (code) => {
    try {
      parser.parse(code);
      return true;
    } catch {
      return false;
    }
  });
  return { result, code: formatted.code, ...(formatted.warning ? { warning: formatted.warning } : {}) };
}

/** Each change applied alone to the original text (what a reviewer accepts or drops). */
export function isolateChanges(
  transforms: PerfTransform[],
  source: string,
  absolutePath: string,
  display: string,
  options: FileJobOptions,
  ids: readonly string[],
  fullOutput: string,
): ChangeDetail[] {
  // With one change applied, the file's output is that change alone: no second run.
  if (ids.length === 1) return [changeDetail(ids[0], display, source, fullOutput)];
  return ids.map((id) => changeDetail(id, display, source, transformSource(transforms, source, absolutePath, display, options, [id]).code));
}

/**
 * The texts of a file after the first 1, 2, … of `ids` (file order), each applied to the
 * original: step k differs from step k-1 by exactly change k (one commit per change).
 */
export function cumulativeSteps(
  transforms: PerfTransform[],
  source: string,
  absolutePath: string,
  display: string,
  options: FileJobOptions,
  ids: readonly string[],
): { id: string; code: string; warning?: string }[] {
  return ids.map((id, k) => {
    const step = transformSource(transforms, source, absolutePath, display, options, ids.slice(0, k + 1));
    return { id, code: step.code, ...(step.warning ? { warning: step.warning } : {}) };
  });
}
