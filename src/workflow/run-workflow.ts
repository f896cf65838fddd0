import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Change } from '../engine/types';
import { readCpuProfiles, type CpuProfile } from '../profile/cpuprofile';
import { profileSamples, transformedInMemory } from '../profile/heat';
import { displayPath } from '../runner/discover';
import { DEFAULT_MIN_SHARE } from '../profile/share';
import { runCodemods, type RunOptions, type RunResult } from '../runner/run';
import { Backup, guardOriginals } from './backup';
import { findCulprits } from './bisect';
import { describeExit, firstLines, lastLines, runCommand, type CommandResult } from './command';
import { measureAlternating, MeasureFailed, type Timing } from './measure';
import { profileCommand } from './profile-run';
import type { MeasureEach, MeasureRecord, ProfileRecord, VerifyRecord, WorkflowRecords } from './types';

export const DEFAULT_RUNS = 5;
export const DEFAULT_MIN_SPEEDUP = 1.1;

export interface WorkflowOptions extends Omit<RunOptions, 'dry' | 'print' | 'profiles' | 'only' | 'minShare'> {
  /** Run the whole loop, then leave the tree as it was and report what would be kept. */
  dry?: boolean;
  only?: readonly string[];
  /** `--profile`: profile files or folders of them. */
  profile?: readonly string[];
  /** `--profile-run`: a command to run under `--cpu-prof`. */
  profileRun?: string;
  minShare?: number;
  verify?: string;
  measure?: string;
  runs?: number;
  minSpeedup?: number;
  measureEach?: boolean;
  /** Progress lines for people (stderr). */
  say?(line: string): void;
}

export interface WorkflowResult extends RunResult {
  workflow: WorkflowRecords;
  /** The tree perfmod leaves: untouched, or with the kept rewrites (verified when `--verify` was given). */
  state: 'original' | 'rewritten';
}

/** A command failed where it must pass (the untouched tree): exit code 4, nothing written. */
export class CommandFailedError extends Error {
  constructor(readonly flag: string, readonly command: string, readonly result: CommandResult, why?: string) {
    super(`${flag} command \`${command}\` ${why ?? `failed on the untouched tree (${describeExit(result)})`}; nothing was written`);
  }

  get tail(): string {
    return lastLines(this.result.output);
  }
}

/** Whether a run needs the loop (otherwise the plain runner does it all). */
export function needsWorkflow(options: Pick<WorkflowOptions, 'profile' | 'profileRun' | 'verify' | 'measure'>): boolean {
  return Boolean(options.profile?.length || options.profileRun || options.verify || options.measure);
}

/**
 * Profile → plan (hot changes only, by id) → backup → apply → verify (bisect and revert the
 * changes that break it) → measure (revert what does not pay) → report. The originals are kept
 * until the end and put back on an interrupt or a crash.
 */
export async function runWorkflow(options: WorkflowOptions): Promise<WorkflowResult> {
  const started = performance.now();
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const say = options.say ?? (() => undefined);
  const base: RunOptions = { ...options, cwd, dry: false, print: false, only: undefined, profiles: undefined, minShare: undefined };
  const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
  const records: WorkflowRecords = {};

  // Profile.
  let profiles: CpuProfile[] | undefined;
  if (options.profile?.length) profiles = readCpuProfiles(options.profile, cwd).map((p) => p.profile);
  if (options.profileRun) {
    say(`perfmod: profiling \`${options.profileRun}\``);
    const run = await profileCommand(options.profileRun, cwd);
    if (!run.result.ok) throw new CommandFailedError('--profile-run', options.profileRun, run.result);
    if (run.profiles.length === 0) {
      throw new CommandFailedError('--profile-run', options.profileRun, run.result, 'wrote no CPU profile (does it run node?)');
    }
    profiles = [...(profiles ?? []), ...run.profiles];
  }

  // Plan: what would be rewritten, hot candidates only.
  const plan = await runCodemods({ ...base, dry: true, only: options.only, profiles, minShare });
  if (profiles) {
    const profile: ProfileRecord = {
      ...(options.profileRun ? { command: options.profileRun } : {}),
      profiles: profiles.length,
      samples: profileSamples(profiles),
      minShare,
      // One candidate may be seen by several transforms: count places.
      cold: new Set(plan.skipped.filter((s) => s.reason.startsWith('cold: ')).map((s) => `${s.file}:${s.line}:${s.column}`)).size,
    };
    const inMemory = transformedInMemory(profiles, cwd).map((f) => displayPath(f, cwd));
    if (inMemory.length > 0) {
      profile.inMemory = inMemory;
      say(`perfmod: warning: ${inMemoryWarning(inMemory)}`);
    }
    records.profile = profile;
  }
  // Stopped while planning (the CLI's graceful stop; nothing written yet): the run ends here.
  if (plan.interrupted) {
    return { ...plan, dry: Boolean(options.dry), filesChanged: 0, diffs: [], changes: [], workflow: records, elapsedMs: Math.round(performance.now() - started), state: 'original' };
  }
  const planned = plan.changes;
  const ids = planned.map((c) => c.id);
  // Applying a subset only needs the files with planned changes (the same display paths, so the same ids).
  const touched: RunOptions = { ...base, paths: [...new Set(planned.map((c) => c.file ?? ''))].filter(Boolean), shard: undefined, ignore: [] };
  const finish = (run: RunResult, kept: readonly string[], reverted: ReadonlyMap<string, string>): WorkflowResult => ({
    ...run,
    files: plan.files,
    filesScanned: plan.filesScanned,
    filesFailed: plan.filesFailed,
    changes: annotate(planned, reverted, Boolean(options.verify), Boolean(profiles)),
    skipped: plan.skipped,
    errors: plan.errors,
    workflow: records,
    elapsedMs: Math.round(performance.now() - started),
    state: !options.dry && kept.length > 0 ? 'rewritten' : 'original',
  });

  const nothing: RunResult = { ...plan, dry: Boolean(options.dry), filesChanged: 0, diffs: [] };
  if (!options.verify && !options.measure) {
    const run = options.dry ? plan : ids.length === 0 ? nothing : await runCodemods({ ...touched, only: ids });
    if (!run.interrupted) return finish(run, ids, new Map());
    // Stopped while writing: the files done keep their rewrites, the others were not touched.
    const done = new Set(run.changes.map((c) => c.id));
    const result = finish(run, [...done], new Map());
    return { ...result, changes: result.changes.filter((c) => done.has(c.id)) };
  }
  if (ids.length === 0) {
    say('perfmod: nothing to rewrite, so nothing to verify or measure');
    return finish(nothing, [], new Map());
  }

  const verify: VerifyRecord | undefined = options.verify ? { command: options.verify, runs: 0, reverted: [], final: 'passed' } : undefined;
  if (verify) records.verify = verify;
  // Which tree the files hold now, and which tree the last command ran on ('' = the original):
  // commands may build from the sources, so the last one must have seen the tree perfmod leaves.
  let treeKey = '';
  let commandKey = '';
  let lastCommand = '';
  const runVerify = async (): Promise<CommandResult> => {
    verify!.runs++;
    commandKey = treeKey;
    lastCommand = verify!.command;
    return runCommand(verify!.command, { cwd });
  };
  if (verify) {
    say(`perfmod: running \`${verify.command}\` on the untouched tree`);
    const before = await runVerify();
    if (!before.ok) throw new CommandFailedError('--verify', verify.command, before);
  }

  const backup = new Backup(planned.map((c) => path.resolve(cwd, c.file ?? '')));
  const unguard = guardOriginals(backup, say);
  const reverted = new Map<string, string>();
  let kept = [...ids];
  let last: RunResult = plan;
  const apply = async (subset: readonly string[]): Promise<void> => {
    backup.restore();
    treeKey = '';
    if (subset.length > 0) last = await runCodemods({ ...touched, only: subset });
    treeKey = subsetKey(subset);
  };
  try {
    await apply(kept);
    if (verify) {
      say(`perfmod: running \`${verify.command}\` with ${count(kept.length, 'rewrite')}`);
      const after = await runVerify();
      if (!after.ok) {
        say(`perfmod: \`${verify.command}\` fails with the rewrites; bisecting over ${count(kept.length, 'change')}`);
        const outputs = new Map<string, string>();
        const { culprits, kept: passing } = await findCulprits(kept, async (subset) => {
          await apply(subset);
          const r = await runVerify();
          if (!r.ok) outputs.set(subsetKey(subset), r.output);
          return !r.ok;
        });
        for (const group of culprits) {
          const output = firstLines(outputs.get(subsetKey(group)) ?? after.output);
          const together = group.length > 1 ? ` together with ${group.length - 1} other ${group.length === 2 ? 'change' : 'changes'}` : '';
          for (const id of group) reverted.set(id, `\`${verify.command}\` fails with this change${together}:\n${output}`);
        }
        kept = passing;
        verify.reverted = culprits.flat();
      }
      await apply(kept);
      await confirm();
    }

    if (options.measure && kept.length > 0) {
      const measure = options.measure;
      const runs = options.runs ?? DEFAULT_RUNS;
      const minSpeedup = options.minSpeedup ?? DEFAULT_MIN_SPEEDUP;
      const time = async (subset: readonly string[]): Promise<Timing | null> => {
        await apply(subset);
        const after = backup.snapshot();
        try {
          const before = () => {
            backup.restore();
            treeKey = '';
          };
          const rewritten = () => {
            backup.write(after);
            treeKey = subsetKey(subset);
          };
          const timing = await measureAlternating(measure, runs, { cwd, before, after: rewritten });
          commandKey = treeKey;
          lastCommand = measure;
          return timing;
        } catch (error) {
          commandKey = treeKey;
          lastCommand = measure;
          if (!(error instanceof MeasureFailed)) throw error;
          if (error.side === 'before') throw new CommandFailedError('--measure', measure, error.result);
          for (const id of subset) reverted.set(id, `\`${measure}\` fails on the rewritten tree:\n${firstLines(error.result.output)}`);
          return null;
        }
      };
      say(`perfmod: timing \`${measure}\`, ${runs} ${runs === 1 ? 'run' : 'runs'} before and after`);
      let each: MeasureEach[] | undefined;
      if (options.measureEach && kept.length > 1) {
        each = [];
        for (const id of kept) {
          const timing = await time([id]);
          if (!timing) continue;
          const pays = timing.speedup >= minSpeedup;
          each.push({ id, ...timing, kept: pays });
          if (!pays) reverted.set(id, `no measured gain alone: ${timing.speedup}x < ${minSpeedup}x`);
        }
        kept = kept.filter((id) => !reverted.has(id));
        if (verify && kept.length > 0) {
          await apply(kept);
          await confirm();
        }
      }
      let timing = kept.length > 0 ? await time(kept) : null;
      if (!timing) kept = kept.filter((id) => !reverted.has(id));
      let revertedForSpeed = 0;
      if (timing && timing.speedup < minSpeedup) {
        for (const id of kept) reverted.set(id, `no measured gain: ${timing.speedup}x < ${minSpeedup}x`);
        revertedForSpeed = kept.length;
        kept = [];
      }
      if (each) revertedForSpeed += each.filter((e) => !e.kept).length;
      // Nothing left to time as a whole: the record shows the best change alone, and says so.
      const best = !timing && each?.length ? [...each].sort((a, b) => b.speedup - a.speedup)[0] : undefined;
      if (best) timing = { beforeMs: best.beforeMs, afterMs: best.afterMs, speedup: best.speedup };
      if (timing) {
        const record: MeasureRecord = {
          command: measure, runs, ...timing, minSpeedup, reverted: revertedForSpeed, ...(best ? { alone: best.id } : {}), ...(each ? { each } : {}),
        };
        records.measure = record;
      }
    }

    if (options.dry) {
      backup.restore();
      treeKey = '';
      last = await runCodemods({ ...touched, dry: true, only: kept });
    } else {
      await apply(kept);
      if (kept.length === 0) last = nothing;
    }
    const finalKey = options.dry ? '' : subsetKey(kept);
    if (commandKey !== finalKey && lastCommand) {
      // The command that ran last is the one whose outputs are out of date.
      const command = lastCommand;
      say(`perfmod: running \`${command}\` once more on the tree as left, so what it builds matches the sources`);
      if (verify && command === verify.command) verify.runs++;
      const again = await runCommand(command, { cwd });
      if (!again.ok) say(`perfmod: warning: \`${command}\` failed on the tree as left (${describeExit(again)}):\n${firstLines(again.output)}`);
    }
    return finish(last, kept, reverted);
  } catch (error) {
    backup.restore();
    throw error;
  } finally {
    unguard();
    backup.discard();
  }

  /** The command once more on the tree as it will be left; if even that fails, everything goes back. */
  async function confirm(): Promise<void> {
    if (!verify) return;
    if (kept.length === 0) {
      verify.final = 'passed'; // the untouched tree, which passed
      return;
    }
    const final = await runVerify();
    if (final.ok) {
      verify.final = 'passed';
      return;
    }
    for (const id of kept) reverted.set(id, `\`${verify.command}\` failed on the final tree (flaky?):\n${firstLines(final.output)}`);
    verify.reverted.push(...kept);
    kept = [];
    backup.restore();
    verify.final = 'passed';
  }
}

function annotate(planned: readonly Change[], reverted: ReadonlyMap<string, string>, verified: boolean, byShare: boolean): Change[] {
  const out = planned.map((c) => {
    const why = reverted.get(c.id);
    const failedVerify = why !== undefined && !why.startsWith('no measured gain');
    return {
      ...c,
      ...(verified ? { verify: failedVerify ? ('reverted' as const) : ('verified' as const) } : {}),
      ...(why !== undefined ? { reverted: why } : {}),
    };
  });
  // With a profile, the hottest first (stable: position order on ties).
  return byShare ? out.sort((a, b) => (b.profile?.share ?? 0) - (a.profile?.share ?? 0)) : out;
}

function subsetKey(subset: readonly string[]): string {
  return [...subset].sort().join(',');
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

/** Which state the tree is left in, in words (stderr at the end of a run). */
export function stateLine(result: WorkflowResult): string {
  const kept = result.changes.filter((c) => c.reverted === undefined).length;
  if (result.dry) return `perfmod: dry run: the files are unchanged; ${count(kept, 'rewrite')} would be kept`;
  if (result.state === 'original') return 'perfmod: the files are as they were (no rewrite kept)';
  return `perfmod: the files have the ${count(kept, 'kept rewrite')}${result.workflow.verify ? `, and \`${result.workflow.verify.command}\` passes on them` : ''}`;
}

/** Why shares in TypeScript run through ts-jest/tsx may be off, and what to do instead. */
export function inMemoryWarning(files: readonly string[]): string {
  const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return `the profile ran ${named} compiled in memory (ts-jest, tsx, ts-node): its positions are of code that is not on disk, so lines and shares there may be off. Profile the compiled output instead (tsc --sourceMap), or Node's own type stripping`;
}
