import * as fs from 'node:fs';
import * as path from 'node:path';

/** A V8 CPU profile as written by `node --cpu-prof` and saved by Chrome DevTools. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime?: number;
  endTime?: number;
  /** The node id sampled at each tick. */
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; scriptId?: string | number; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
  /** Self ticks per source line (1-based lines), when V8 recorded them. */
  positionTicks?: { line: number; ticks: number }[];
}

export class ProfileError extends Error {}

/** Parses one profile's text; throws ProfileError with a reason a person can act on. */
export function parseCpuProfile(text: string, name = 'profile'): CpuProfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(`${name}: not JSON (${(error as Error).message})`);
  }
  // DevTools "Save profile" writes the profile itself; some tools wrap it as { profile: … }.
  const profile = (data as { profile?: unknown })?.profile ?? data;
  const nodes = (profile as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes) || !nodes.every((n) => n && typeof n.id === 'number' && n.callFrame)) {
    throw new ProfileError(`${name}: not a V8 CPU profile (no nodes with call frames)`);
  }
  return profile as CpuProfile;
}

/** Each FILE, or every `*.cpuprofile` in a folder (sorted, so merges are deterministic). */
export function profileFiles(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new ProfileError(`${input}: no such profile file or folder`);
    }
    if (stat.isDirectory()) {
      const found = fs.readdirSync(full).filter((f) => f.endsWith('.cpuprofile')).sort().map((f) => path.join(full, f));
      if (found.length === 0) throw new ProfileError(`${input}: the folder holds no .cpuprofile files`);
      files.push(...found);
    } else {
      files.push(full);
    }
  }
  return files;
}

export function readCpuProfiles(inputs: readonly string[], cwd: string): { file: string; profile: CpuProfile }[] {
  return profileFiles(inputs, cwd).map((file) => ({ file, profile: parseCpuProfile(fs.readFileSync(file, 'utf8'), path.relative(cwd, file) || file) }));
}
