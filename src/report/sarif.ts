import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Change } from '../engine/types';
import type { ChangeDetail } from './change-detail';
import { gainOf, gainText, measuredSpeedups } from './evidence';
import type { ReportInput, ReportOptions } from './types';

/** The official schema location of SARIF 2.1.0 (errata 01). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * SARIF 2.1.0 (for code-scanning UIs): one rule per transform, with help text and the URL of its
 * docs page; a rewrite is a result of level `note` when safe and `warning` when it rests on
 * assumptions (listed in its message and properties), with the region it starts at and, when the
 * run isolated each change, a `fix` holding that change alone as text replacements;
 * with `explain`, skipped candidates are `informational` results; unprocessable files are
 * tool execution notifications.
 */
export function sarifReport(input: ReportInput, options: ReportOptions = {}): string {
  const ruleIds = [...new Set([...input.transforms.map((t) => t.id), ...input.changes.map((c) => c.transform), ...input.skipped.map((s) => s.transform)])];
  const rules = ruleIds.map((id) => {
    const meta = input.transforms.find((t) => t.id === id);
    const helpUri = meta ? docsUrl(meta.docs, options.version) : undefined;
    return {
      id,
      name: camel(id),
      shortDescription: { text: meta?.title ?? id },
      fullDescription: { text: meta?.description ?? meta?.title ?? id },
      ...(meta
        ? {
            help: {
              text: `${meta.description}${meta.safetyNotes ? ` Safety: ${meta.safetyNotes}` : ''} Docs: ${helpUri}`,
              markdown: `${meta.description}${meta.safetyNotes ? `\n\n**Safety:** ${meta.safetyNotes}` : ''}\n\n[Docs](${helpUri})`,
            },
            helpUri,
            properties: { docs: meta.docs },
          }
        : {}),
      defaultConfiguration: { level: 'warning' },
    };
  });
  const details = new Map((input.details ?? []).map((d) => [d.id, d]));
  const measured = measuredSpeedups(input);

  const results = input.changes.map((change) => ({
    ruleId: change.transform,
    ruleIndex: ruleIds.indexOf(change.transform),
    level: change.safety === 'safe' ? 'note' : 'warning',
    message: {
      text: change.assumptions.length > 0 ? `${change.message} Assumes: ${change.assumptions.join('; ')}.` : change.message,
    },
    locations: [locationOf(change, details.get(change.id))],
    partialFingerprints: { perfmodChangeId: change.id },
    ...(details.get(change.id) ? { fixes: [fixOf(change, details.get(change.id)!)] } : {}),
    properties: {
      id: change.id,
      safety: change.safety,
      assumptions: change.assumptions,
      applied: !input.dry && !change.reverted,
      ...(change.complexity ? { complexity: change.complexity } : {}),
      ...(gainOf(change, measured) ? { gain: gainText(gainOf(change, measured)!) } : {}),
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
    $schema: SARIF_SCHEMA,
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
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL((options.cwd ?? process.cwd()) + path.sep).href } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function artifactOf(file: string) {
  return path.isAbsolute(file)
    ? { uri: pathToFileURL(file).href }
    : { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

function locationOf(record: { file?: string; line: number; column: number }, detail?: ChangeDetail) {
  const artifactLocation = artifactOf(record.file ?? '<input>');
  // The region runs to the last original line the change replaces (when known).
  const lastLine = Math.max(record.line, ...(detail?.replacements ?? []).map((r) => r.endLine));
  // SARIF lines and columns start at 1; a record without a position gets no region.
  const region = record.line >= 1
    ? { startLine: record.line, ...(record.column >= 1 ? { startColumn: record.column } : {}), ...(lastLine > record.line ? { endLine: lastLine } : {}) }
    : undefined;
  return { physicalLocation: { artifactLocation, ...(region ? { region } : {}) } };
}

/** The change applied alone, as replacements of character ranges of the original file. */
function fixOf(change: Change, detail: ChangeDetail) {
  return {
    description: { text: change.message },
    artifactChanges: [
      {
        artifactLocation: artifactOf(detail.file),
        replacements: detail.replacements.map((r) => ({
          deletedRegion: { charOffset: r.charOffset, charLength: r.charLength },
          ...(r.insertedContent ? { insertedContent: { text: r.insertedContent } } : {}),
        })),
      },
    ],
  };
}

/** The docs page as published with the package (docs/ ships in the tarball). */
function docsUrl(docs: string, version: string | undefined): string {
  return `https://unpkg.com/perfmod@${version ?? 'latest'}/${docs.replace(/^\.?\//, '')}`;
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase());
}
