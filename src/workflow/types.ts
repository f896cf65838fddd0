/** What the profile → apply → verify → measure loop adds to a run's records (reports show it). */

export interface ProfileRecord {
  /** The command run under `--cpu-prof` (`--profile-run`), if any. */
  command?: string;
  profiles: number;
  /** All samples (idle time excluded). */
  samples: number;
  minShare: number;
  /** Candidates skipped as cold. */
  cold: number;
  /** TypeScript files that ran compiled in memory (ts-jest, tsx): their positions may be off. */
  inMemory?: string[];
}

export interface VerifyRecord {
  command: string;
  /** How many times the command ran (the untouched tree, the rewrites, bisection steps, the final tree). */
  runs: number;
  /** Ids of the changes reverted because the command failed with them. */
  reverted: string[];
  /** The command's result on the tree perfmod leaves (or, with `--dry`, would leave). */
  final: 'passed' | 'failed';
}

export interface MeasureEach {
  id: string;
  beforeMs: number[];
  afterMs: number[];
  speedup: number;
  kept: boolean;
}

export interface MeasureRecord {
  command: string;
  runs: number;
  /** Wall-clock times of the command on the original tree, in run order (warm-up excluded). */
  beforeMs: number[];
  afterMs: number[];
  /** median(before) / median(after). */
  speedup: number;
  minSpeedup: number;
  /** Rewrites reverted because they did not reach `minSpeedup`. */
  reverted: number;
  /** When no change was left to time together: the id of the change these timings are of (the best one alone). */
  alone?: string;
  /** With `--measure-each`: each change measured alone. */
  each?: MeasureEach[];
}

export interface WorkflowRecords {
  profile?: ProfileRecord;
  verify?: VerifyRecord;
  measure?: MeasureRecord;
}
