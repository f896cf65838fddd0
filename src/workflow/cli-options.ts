import type { WorkflowOptions } from './run-workflow';

/** The command-line options of the loop (parsed by src/cli.ts with node:util parseArgs). */
export const WORKFLOW_OPTIONS = {
  profile: { type: 'string', multiple: true },
  'profile-run': { type: 'string' },
  'min-share': { type: 'string' },
  verify: { type: 'string' },
  measure: { type: 'string' },
  runs: { type: 'string' },
  'min-speedup': { type: 'string' },
  'measure-each': { type: 'boolean' },
} as const;

export const WORKFLOW_USAGE = `  --profile FILE           V8 CPU profile (.cpuprofile; repeatable; a folder = all in it): rewrite only hot candidates
  --profile-run CMD        run CMD under --cpu-prof (child node processes too) and use its profiles
  --min-share X            with a profile: skip candidates whose region has less than X of the samples (default 0.01)
  --verify CMD             run CMD before (must pass) and after; bisect and revert the changes that make it fail
  --measure CMD            time CMD before/after (alternated, after a warm-up); revert when below --min-speedup
  --runs N                 timed runs of --measure per side (default 5)
  --min-speedup X          least measured ratio that keeps the rewrites (default 1.1)
  --measure-each           also measure each change alone; keep those that reach --min-speedup`;

export class WorkflowUsageError extends Error {}

type Values = {
  profile?: string[];
  'profile-run'?: string;
  'min-share'?: string;
  verify?: string;
  measure?: string;
  runs?: string;
  'min-speedup'?: string;
  'measure-each'?: boolean;
};

/** Checks and converts the loop's options; a mistake is a WorkflowUsageError (exit 2). */
export function workflowOptions(values: Values): Pick<
  WorkflowOptions,
  'profile' | 'profileRun' | 'minShare' | 'verify' | 'measure' | 'runs' | 'minSpeedup' | 'measureEach'
> {
  const command = (flag: string, value: string | undefined) => {
    if (value !== undefined && value.trim() === '') throw new WorkflowUsageError(`${flag} needs a command, e.g. ${flag} "npm test"`);
    return value;
  };
  const out = {
    profile: values.profile,
    profileRun: command('--profile-run', values['profile-run']),
    verify: command('--verify', values.verify),
    measure: command('--measure', values.measure),
    minShare: numberIn('--min-share', values['min-share'], 0, 1),
    runs: values.runs === undefined ? undefined : positiveInteger('--runs', values.runs),
    minSpeedup: numberIn('--min-speedup', values['min-speedup'], 0, Infinity),
    measureEach: values['measure-each'] === true ? true : undefined,
  };
  if (out.minShare !== undefined && !out.profile && !out.profileRun) throw new WorkflowUsageError('--min-share needs --profile or --profile-run');
  if ((out.runs !== undefined || out.minSpeedup !== undefined || out.measureEach) && !out.measure) {
    throw new WorkflowUsageError('--runs, --min-speedup and --measure-each need --measure');
  }
  return out;
}

function numberIn(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new WorkflowUsageError(`${flag} expects a number${max === Infinity ? ` of at least ${min}` : ` from ${min} to ${max}`} (got '${value}')`);
  }
  return n;
}

function positiveInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new WorkflowUsageError(`${flag} expects a positive integer (got '${value}')`);
  return Number(value);
}
