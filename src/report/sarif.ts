import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ReportInput, ReportOptions } from './types';

/**
 * SARIF 2.1.0 (for code-scanning UIs): one rule per transform; a rewrite is a result of level
 * `note` when safe and `warning` when it rests on assumptions (listed in its properties);
 * with `explain`, skipped candidates are `informational` results; unprocessable files are
 * tool execution notifications.
 */
export function sarifReport(input: ReportInput, options: ReportOptions = {}): string {
  const ruleIds = [...new Set([...input.transforms.map((t) => t.id), ...input.changes.map((c) => c.transform), ...input.skipped.map((s) => s.transform)])];
  const rules = ruleIds.map((id) => {
    const meta = input.transforms.find((t) => t.id === id);
    return {
      id,
      name: camel(id),
      shortDescription: { text: meta?.title ?? id },
      fullDescription: { text: meta?.description ?? meta?.title ?? id },
      ...(meta ? { properties: { docs: meta.docs } } : {}),
    };
  });

  const results = input.changes.map((change) => ({
    ruleId: change.transform,
    ruleIndex: ruleIds.indexOf(change.transform),
    level: change.safety === 'safe' ? 'note' : 'warning',
    message: {
      text: change.assumptions.length > 0 ? `${change.message} Assumes: ${change.assumptions.join('; ')}.` : change.message,
    },
    locations: [locationOf(change)],
    properties: {
      safety: change.safety,
      assumptions: change.assumptions,
      applied: !input.dry && !change.reverted,
      ...(change.complexity ? { complexity: change.complexity } : {}),
      ...(change.profile ? { profile: change.profile } : {}),
      ...(change.verify ? { verify: change.verify } : {}),
      ...(change.reverted ? { reverted: change.reverted } : {}),
    },
  }));
  if (options.explain) {
    for (const skip of input.skipped) {
      results.push({
        ruleId: skip.transform,
        ruleIndex: ruleIds.indexOf(skip.transform),
        kind: 'informational',
        level: 'none',
        message: { text: `Not rewritten: ${skip.reason}` },
        locations: [locationOf(skip)],
      } as unknown as (typeof results)[number]);
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'perfmod',
            ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
            informationUri: 'https://www.npmjs.com/package/perfmod',
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: input.errors.length === 0,
            toolExecutionNotifications: input.errors.map((error) => ({
              level: 'error',
              message: { text: error.reason },
              locations: [locationOf(error)],
            })),
          },
        ],
        ...(input.workflow ? { properties: input.workflow } : {}),
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(process.cwd() + path.sep).href } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function locationOf(record: { file?: string; line: number; column: number }) {
  const file = record.file ?? '<input>';
  const artifactLocation = path.isAbsolute(file)
    ? { uri: pathToFileURL(file).href }
    : { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  // SARIF lines and columns start at 1; a record without a position gets no region.
  const region = record.line >= 1 ? { startLine: record.line, ...(record.column >= 1 ? { startColumn: record.column } : {}) } : undefined;
  return { physicalLocation: { artifactLocation, ...(region ? { region } : {}) } };
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase());
}
