import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCpuProfiles, type CpuProfile } from '../profile/cpuprofile';
import { buildHeat, hotLines, transformedInMemory } from '../profile/heat';
import { DEFAULT_MIN_SHARE, percent } from '../profile/share';
import { discoverFiles, displayPath } from '../runner/discover';
import { runCodemods, type RunOptions } from '../runner/run';
import { profileCommand } from './profile-run';
import { CommandFailedError, inMemoryWarning } from './run-workflow';

export interface Hotspot {
  file: string;
  line: number;
  samples: number;
  share: number;
  /** The source line, trimmed. */
  text: string;
  /** Candidates of a transform on this line: rewritten (`safe`/`review`) or why not. */
  candidates: { transform: string; id?: string; outcome: string }[];
}

export interface HotspotsOptions extends Pick<RunOptions, 'cwd' | 'extensions' | 'ignore' | 'safety' | 'types' | 'config' | 'parser'> {
  profile?: readonly string[];
  profileRun?: string;
  /** Files and folders to look at; default: every existing file the profile names (outside node_modules). */
  paths: readonly string[];
  minShare?: number;
  top?: number;
}

/**
 * The hottest source lines (total time: a line counts every sample whose stack passes through it)
 * and what perfmod can do there, so a user also sees where time goes that no transform rewrites.
 */
export interface Hotspots {
  samples: number;
  /** Set when some positions could not be mapped (TypeScript compiled in memory). */
  warning?: string;
  hotspots: Hotspot[];
}

export async function findHotspots(options: HotspotsOptions): Promise<Hotspots> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const profiles: CpuProfile[] = options.profile?.length ? readCpuProfiles(options.profile, cwd).map((p) => p.profile) : [];
  if (options.profileRun) {
    const run = await profileCommand(options.profileRun, cwd);
    if (!run.result.ok) throw new CommandFailedError('--profile-run', options.profileRun, run.result);
    profiles.push(...run.profiles);
  }
  const inMemory = transformedInMemory(profiles, cwd).map((f) => displayPath(f, cwd));
  const named = options.paths.length > 0 ? discoverFiles(options.paths, { cwd, extensions: options.extensions, ignore: options.ignore }) : undefined;
  const heat = buildHeat(profiles, { cwd, runFiles: named });
  const files = named ?? [...heat.files.keys()].filter((f) => !f.split(/[\\/]/).includes('node_modules') && fs.existsSync(f));
  const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
  const hot = hotLines(heat).filter((h) => h.share >= minShare && files.includes(h.file)).slice(0, options.top ?? 20);

  const byLine = new Map<string, Hotspot['candidates']>();
  const hotFiles = [...new Set(hot.map((h) => h.file))];
  if (hotFiles.length > 0) {
    const run = await runCodemods({ ...options, transforms: 'all', paths: hotFiles, cwd, dry: true, profiles, minShare: 0 });
    const add = (file: string | undefined, line: number, entry: Hotspot['candidates'][number]) => {
      const key = `${path.resolve(cwd, file ?? '')}:${line}`;
      byLine.set(key, [...(byLine.get(key) ?? []), entry]);
    };
    for (const c of run.changes) add(c.file, c.line, { transform: c.transform, id: c.id, outcome: `rewrite (${c.safety})` });
    for (const s of run.skipped) add(s.file, s.line, { transform: s.transform, outcome: `not rewritten: ${s.reason}` });
  }
  const sources = new Map<string, string[]>();
  const lineText = (file: string, line: number): string => {
    if (!sources.has(file)) sources.set(file, fs.readFileSync(file, 'utf8').split(/\r?\n/));
    return (sources.get(file)![line - 1] ?? '').trim();
  };
  return {
    samples: heat.total,
    ...(inMemory.length > 0 ? { warning: inMemoryWarning(inMemory) } : {}),
    hotspots: hot.map((h) => ({ ...h, file: displayPath(h.file, cwd), text: lineText(h.file, h.line), candidates: byLine.get(`${h.file}:${h.line}`) ?? [] })),
  };
}

export function hotspotsText(result: Hotspots): string {
  const lines = result.warning ? [`warning: ${result.warning}`] : [];
  lines.push(`${Math.round(result.samples)} samples; hottest lines (total time, callers included):`);
  for (const h of result.hotspots) {
    const text = h.text.length > 70 ? `${h.text.slice(0, 69)}…` : h.text;
    lines.push(`${percent(h.share).padStart(6)} ${String(Math.round(h.samples)).padStart(7)}  ${h.file}:${h.line}  ${text}`);
    if (h.candidates.length === 0) lines.push('               no transform has a candidate here');
    for (const c of h.candidates) lines.push(`               ${c.transform}: ${c.outcome}${c.id ? ` (id ${c.id})` : ''}`);
  }
  return lines.join('\n') + '\n';
}
