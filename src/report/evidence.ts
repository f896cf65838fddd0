import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Change } from '../engine/types';

/**
 * The evidence shown next to a change: why it is faster and how sure we are. A ratio measured on
 * the user's own command (`--measure`) is preferred; otherwise the transform's recorded benchmark
 * at a typical size, named as such so nobody mistakes it for a measurement of their code.
 */
export interface Gain {
  source: 'measured' | 'benchmark';
  /** Speed-up ratio (after / before throughput); a range over benchmark cases. */
  min: number;
  max: number;
  /** Benchmark only: the size and file the numbers come from. */
  n?: number;
  cases?: number;
  file?: string;
}

/** The size reports quote recorded benchmarks at: big enough to matter, small enough to be common. */
export const TYPICAL_SIZE = 1000;

interface BenchRow { transform: string; case: string; n: number; m?: number; speedup: number | null }

const recorded = new Map<string, BenchRow[] | null>();

/** Rows of `bench/results/<transform>.json` shipped with perfmod, or null when there are none. */
function benchRows(transform: string): BenchRow[] | null {
  if (recorded.has(transform)) return recorded.get(transform)!;
  let rows: BenchRow[] | null = null;
  const root = packageRoot();
  if (root) {
    try {
      const parsed = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'results', `${transform}.json`), 'utf8')) as unknown;
      if (Array.isArray(parsed)) rows = parsed as BenchRow[];
    } catch {
      rows = null;
    }
  }
  recorded.set(transform, rows);
  return rows;
}

/** The recorded speed-up range over the transform's benchmark cases at the size closest to TYPICAL_SIZE. */
export function recordedGain(transform: string): Gain | null {
  const rows = (benchRows(transform) ?? []).filter((r) => typeof r.speedup === 'number' && typeof r.n === 'number' && r.m === undefined);
  if (rows.length === 0) return null;
  const n = rows.map((r) => r.n).reduce((best, size) => (Math.abs(Math.log(size / TYPICAL_SIZE)) < Math.abs(Math.log(best / TYPICAL_SIZE)) ? size : best));
  const atN = rows.filter((r) => r.n === n).map((r) => r.speedup as number);
  return { source: 'benchmark', min: Math.min(...atN), max: Math.max(...atN), n, cases: atN.length, file: `bench/results/${transform}.json` };
}

/** Speed-ups measured per change (`--measure-each`: the run's `workflow.measure.each`), by change id. */
export type Measured = ReadonlyMap<string, number>;

const NONE: Measured = new Map();

/** The per-change measurements a run's records carry, if any. */
export function measuredSpeedups(records: unknown): Measured {
  const each = (records as { workflow?: { measure?: { each?: { id?: unknown; speedup?: unknown }[] } } })?.workflow?.measure?.each;
  if (!Array.isArray(each)) return NONE;
  return new Map(each.filter((e) => typeof e.id === 'string' && typeof e.speedup === 'number').map((e) => [e.id as string, e.speedup as number]));
}

/** A change's gain: measured alone on the user's command when it was, else the transform's recorded benchmark. */
export function gainOf(change: Change, measured: Measured = NONE): Gain | null {
  const speedup = measured.get(change.id);
  return speedup !== undefined ? { source: 'measured', min: speedup, max: speedup } : recordedGain(change.transform);
}

export function ratio(x: number): string {
  return `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;
}

/** `3.2× measured with --measure` / `4.4×–48× at n = 1000 (perfmod's recorded benchmark, 3 cases; …)`. */
export function gainText(gain: Gain): string {
  if (gain.source === 'measured') return `${ratio(gain.min)} measured alone on your command (--measure-each)`;
  const range = gain.min === gain.max ? ratio(gain.min) : `${ratio(gain.min)}–${ratio(gain.max)}`;
  const cases = gain.cases === 1 ? '1 case' : `${gain.cases} cases`;
  return `${range} at n = ${gain.n} (perfmod's recorded benchmark, ${cases}; not measured on this code)`;
}

/** The plain-words lines of evidence for a change: profile share, verify result, gain. */
export function evidenceLines(change: Change, measured: Measured = NONE): string[] {
  const lines: string[] = [];
  if (change.profile) lines.push(`profile: ${(change.profile.share * 100).toFixed(1)}% of samples (${change.profile.samples} ${change.profile.samples === 1 ? 'sample' : 'samples'})`);
  if (change.verify) lines.push(`verify: ${change.verify === 'verified' ? 'the command passed with this change' : 'reverted: the command failed with this change'}`);
  if (change.reverted) lines.push(`reverted: ${change.reverted}`);
  const gain = gainOf(change, measured);
  if (gain) lines.push(`gain: ${gainText(gain)}`);
  return lines;
}

let root: string | null | undefined;

function packageRoot(): string | null {
  if (root !== undefined) return root;
  let dir = __dirname;
  for (;;) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'perfmod') return (root = dir);
    } catch {
      // not here: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (root = null);
    dir = parent;
  }
}
