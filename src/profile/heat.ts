import * as path from 'node:path';
import type { CpuProfile, ProfileNode } from './cpuprofile';
import { hasSourceMap, SourceMapper } from './source-maps';
import { FileMatcher, urlToPath } from './urls';

/** Samples whose stacks touch the same lines of one file, and how many there were (fractions from positionTicks). */
export interface LineStack {
  lines: number[];
  count: number;
}

/** What the engine needs of one file: plain data, so it crosses to worker threads. */
export interface FileHeat {
  /** All samples of the profiles (idle time and waits for child processes excluded): the denominator of every share. */
  total: number;
  stacks: LineStack[];
}

/** Heat of a whole run: per source file (absolute paths, after source maps), the stacks through it. */
export interface Heat {
  total: number;
  files: Map<string, LineStack[]>;
  /** How many profiles were merged. */
  profiles: number;
}

/** Frames that are not work of the program (the share is of CPU time). */
const IDLE = new Set(['(idle)']);

/**
 * A sample taken while the process sits in a synchronous wait for a child process (`execSync`,
 * `spawnSync`): the child's own profile holds that work, so counting the wait too would count it twice.
 */
function isWaiting(node: ProfileNode): boolean {
  return IDLE.has(node.callFrame.functionName) || (node.callFrame.functionName === 'spawnSync' && /child_process/.test(node.callFrame.url));
}

/**
 * Attributes every sample to every source line on its stack (total time, not only the top frame):
 * the sampled frame's line from its positionTicks, and the function line of every frame (the
 * sampled one and its callers). A sample in a builtin (`includes`, `indexOf`, `find`: frames without a URL) is
 * placed on the lines where the calling function spends its own time, else on the caller's line.
 * Positions go through source maps; files are matched to `runFiles` when given (symlinks,
 * other checkouts), otherwise kept as the resolved paths.
 */
export function buildHeat(profiles: readonly CpuProfile[], options: { cwd: string; runFiles?: readonly string[] }): Heat {
  const mapper = new SourceMapper();
  const matcher = options.runFiles ? new FileMatcher(options.runFiles) : null;
  const stacks = new Map<string, Map<string, LineStack>>();
  let total = 0;

  const scripts = new Map<string, string | null>();
  const scriptOf = (url: string): string | null => {
    if (!scripts.has(url)) scripts.set(url, urlToPath(url, options.cwd));
    return scripts.get(url)!;
  };
  const resolve = (node: ProfileNode, line: number, column?: number): { file: string; line: number } | null => {
    const script = scriptOf(node.callFrame.url);
    if (!script) return null;
    const mapped = mapper.map(script, line, column);
    const file = matcher ? matcher.match(mapped.file) : path.normalize(mapped.file);
    return file ? { file, line: mapped.line } : null;
  };

  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const hits = sampleCounts(profile);

    for (const [id, count] of hits) {
      const node = byId.get(id);
      if (!node || isWaiting(node)) continue;
      total += count;
      // Walk up: the first frame with a URL carries the sampled position; the others their function line.
      const chain: ProfileNode[] = [];
      for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) chain.push(n);
      const leafIndex = chain.findIndex((n) => scriptOf(n.callFrame.url) !== null);
      if (leafIndex === -1) continue;
      const callerLines: { file: string; line: number }[] = [];
      for (const n of chain.slice(leafIndex + 1)) {
        const at = resolve(n, n.callFrame.lineNumber + 1, n.callFrame.columnNumber);
        if (at) callerLines.push(at);
      }
      const leaf = chain[leafIndex];
      // The sampled function's own line counts too, so a function's line carries its total time.
      const own = resolve(leaf, leaf.callFrame.lineNumber + 1, leaf.callFrame.columnNumber);
      const frames = own ? [own, ...callerLines] : callerLines;
      for (const { line, share } of leafLines(leaf)) {
        const at = line === null ? null : resolve(leaf, line);
        addStack(stacks, at ? [at, ...frames] : frames, count * share);
      }
    }
  }
  const files = new Map<string, LineStack[]>();
  for (const [file, byKey] of stacks) files.set(file, [...byKey.values()]);
  return { total, files, profiles: profiles.length };
}

/** How many samples hit each node: from `samples` when present, else `hitCount`. */
function sampleCounts(profile: CpuProfile): Map<number, number> {
  const counts = new Map<number, number>();
  if (profile.samples && profile.samples.length > 0) {
    for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  } else {
    for (const n of profile.nodes) if (n.hitCount) counts.set(n.id, n.hitCount);
  }
  return counts;
}

/** The lines a frame's own samples fall on, as fractions; `null` = the function's line. */
function leafLines(node: ProfileNode): { line: number | null; share: number }[] {
  const ticks = (node.positionTicks ?? []).filter((t) => t.ticks > 0);
  const sum = ticks.reduce((s, t) => s + t.ticks, 0);
  if (sum === 0) return [{ line: null, share: 1 }];
  return ticks.map((t) => ({ line: t.line, share: t.ticks / sum }));
}

function addStack(stacks: Map<string, Map<string, LineStack>>, positions: { file: string; line: number }[], count: number): void {
  const perFile = new Map<string, Set<number>>();
  for (const p of positions) {
    let lines = perFile.get(p.file);
    if (!lines) perFile.set(p.file, (lines = new Set()));
    lines.add(p.line);
  }
  for (const [file, set] of perFile) {
    const lines = [...set].sort((a, b) => a - b);
    const key = lines.join(',');
    let byKey = stacks.get(file);
    if (!byKey) stacks.set(file, (byKey = new Map()));
    const entry = byKey.get(key);
    if (entry) entry.count += count;
    else byKey.set(key, { lines, count });
  }
}

/** One file's part of the heat, for the engine. */
export function fileHeat(heat: Heat, file: string): FileHeat {
  return { total: heat.total, stacks: heat.files.get(file) ?? [] };
}

/** The samples whose stack passes through lines start..end of the file (each sample counted once). */
export function regionSamples(heat: FileHeat, start: number, end: number): number {
  let samples = 0;
  for (const s of heat.stacks) if (s.lines.some((l) => l >= start && l <= end)) samples += s.count;
  return samples;
}

export interface HotLine {
  file: string;
  line: number;
  samples: number;
  share: number;
}

/** Every source line with the samples whose stack passes through it, hottest first. */
export function hotLines(heat: Heat): HotLine[] {
  const out: HotLine[] = [];
  for (const [file, stacks] of heat.files) {
    const perLine = new Map<number, number>();
    for (const s of stacks) for (const l of s.lines) perLine.set(l, (perLine.get(l) ?? 0) + s.count);
    for (const [line, samples] of perLine) out.push({ file, line, samples, share: heat.total > 0 ? samples / heat.total : 0 });
  }
  return out.sort((a, b) => b.samples - a.samples || a.file.localeCompare(b.file) || a.line - b.line);
}

/** All samples of the profiles except idle time: what shares are shares of. */
export function profileSamples(profiles: readonly CpuProfile[]): number {
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const [id, count] of sampleCounts(profile)) {
      const node = byId.get(id);
      if (node && !isWaiting(node)) total += count;
    }
  }
  return total;
}

const TYPESCRIPT = /\.(ts|tsx|mts|cts)$/;

/**
 * TypeScript files the profiles name as scripts that ran. Node 20 cannot run them itself, so a
 * loader compiled them in memory (ts-jest, tsx, ts-node): the positions are of code that is not
 * on disk and cannot be mapped (with Node's type stripping they are exact, but that is not
 * knowable from the profile). Reports warn about them.
 */
export function transformedInMemory(profiles: readonly CpuProfile[], cwd: string): string[] {
  const found = new Set<string>();
  for (const profile of profiles) {
    for (const node of profile.nodes) {
      const script = urlToPath(node.callFrame.url, cwd);
      if (script && TYPESCRIPT.test(script) && !script.split(/[\\/]/).includes('node_modules')) found.add(script);
    }
  }
  return [...found].filter((f) => !hasSourceMap(f)).sort();
}
