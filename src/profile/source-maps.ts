import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodedMappings, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export interface SourcePosition {
  file: string;
  /** 1-based. */
  line: number;
}

const MAPPING_URL = /\/\/[#@]\s*sourceMappingURL=(\S+)\s*$/gm;

/**
 * Maps positions in a script that ran to the source it was compiled from, through the script's
 * `//# sourceMappingURL=` (a file next to it or an inline `data:` map). Scripts without a map,
 * or whose map cannot be read, map to themselves. One map per script, read once.
 */
export class SourceMapper {
  private readonly maps = new Map<string, TraceMap | null>();

  map(file: string, line: number, column?: number): SourcePosition {
    const trace = this.traceFor(file);
    if (!trace) return { file, line };
    const mapped = column === undefined ? firstOnLine(trace, line) : originalPositionFor(trace, { line, column });
    if (!mapped?.source || mapped.line == null) return { file, line };
    return { file: sourcePath(mapped.source, file), line: mapped.line };
  }

  private traceFor(file: string): TraceMap | null {
    if (this.maps.has(file)) return this.maps.get(file)!;
    let trace: TraceMap | null = null;
    try {
      trace = loadMap(file);
    } catch {
      trace = null; // an unreadable or broken map: positions stay in the script that ran
    }
    this.maps.set(file, trace);
    return trace;
  }
}

function loadMap(file: string): TraceMap | null {
  const code = fs.readFileSync(file, 'utf8');
  let reference: string | undefined;
  for (const m of code.matchAll(MAPPING_URL)) reference = m[1]; // the last one wins, as in browsers
  if (!reference) return null;
  const mapUrl = pathToFileURL(file).href;
  if (reference.startsWith('data:')) {
    const comma = reference.indexOf(',');
    const meta = reference.slice(0, comma);
    const payload = reference.slice(comma + 1);
    const json = meta.endsWith(';base64') ? Buffer.from(payload, 'base64').toString('utf8') : decodeURIComponent(payload);
    return new TraceMap(json, mapUrl);
  }
  const mapFile = reference.startsWith('file:') ? fileURLToPath(reference) : path.resolve(path.dirname(file), decodeURIComponent(reference));
  return new TraceMap(fs.readFileSync(mapFile, 'utf8'), pathToFileURL(mapFile).href);
}

/** A line's own position when only the line is known (positionTicks): its first mapped segment. */
function firstOnLine(trace: TraceMap, line: number): { source: string | null; line: number | null } | null {
  const segments = decodedMappings(trace)[line - 1];
  const segment = segments?.find((s) => s.length >= 4) as [number, number, number, number] | undefined;
  if (!segment) return null;
  return { source: trace.resolvedSources[segment[1]] ?? null, line: segment[2] + 1 };
}

function sourcePath(source: string, script: string): string {
  if (source.startsWith('file:')) return fileURLToPath(source);
  return path.resolve(path.dirname(script), source);
}

/** Whether a script has a source map reference (a file or an inline map). */
export function hasSourceMap(file: string): boolean {
  try {
    return /\/\/[#@]\s*sourceMappingURL=\S+\s*$/m.test(fs.readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}
