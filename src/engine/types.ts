import type { API, Collection, JSCodeshift } from 'jscodeshift';
import type { TypeOracle } from '../analysis/types/oracle';
import type { FileHeat } from '../profile/heat';
import type { WorkflowRecords } from '../workflow/types';

/** How much a rewrite may rest on: `safe` = proven equivalent; `review` = equivalent under stated assumptions. */
export type Safety = 'safe' | 'review';

/** A rewrite that was made (or, in `--dry`, would be made). */
export interface Change {
  /** Stable for the same input and options: the unit of `--only`, bisection and measurement. */
  id: string;
  transform: string;
  file?: string;
  line: number;
  column: number;
  safety: Safety;
  /** What was rewritten, in one sentence. */
  message: string;
  /** Empty for `safe`; for `review`, what must hold for the rewrite to be equivalent. */
  assumptions: string[];
  complexity?: Complexity;
  /** With a profile: the share of all samples that fall in the rewritten region. */
  profile?: { share: number; samples: number };
  /** With `--verify`: whether the change was kept after the command ran. */
  verify?: 'verified' | 'reverted';
  /** Why a change was taken back (`--verify`: the failing output's first lines; `--min-speedup`: the ratio). */
  reverted?: string;
}

/**
 * Why the rewrite is faster: the complexity before and after, and for a lookup index why it pays
 * where it is built (`pays`, from src/analysis/lookup-cost.ts), with the lookups per build `k`
 * when the code fixes them.
 */
export interface Complexity {
  before: string;
  after: string;
  k?: number;
  pays?: string;
}

/** A candidate that was found but not rewritten, with the reason (`--explain`). */
export interface Skip {
  transform: string;
  file?: string;
  line: number;
  column: number;
  reason: string;
}

/** The verdict on one candidate. */
export type Decision =
  | { kind: 'safe' }
  | { kind: 'review'; assumptions: string[] }
  | { kind: 'skip'; reason: string };

export type ParserName = 'ts' | 'tsx' | 'babel';

export interface TransformOptions {
  /** Used for the parser choice, the type oracle and reports. */
  filePath?: string;
  /** `safe`: apply only proven rewrites; `review` (default): also those with stated assumptions. */
  safety?: Safety;
  parser?: ParserName;
  /** `false` never loads the type oracle (`--no-types`). */
  types?: boolean;
  /** Per-transform options keyed by transform id (from `perfmod.config.json`). */
  config?: Record<string, Record<string, unknown>>;
  /** A `Date.now()` time: past it, the file is left as it is and reported (checked between transforms). */
  deadline?: number;
  /** The path reports show (relative to the run's folder); change ids are made from it. Default: `filePath`. */
  displayPath?: string;
  /** Apply only the changes with these ids (`--only`); the others are left as they are. */
  only?: readonly string[];
  /** This file's part of a CPU profile: each change gets `profile`, and candidates below `minShare` are skipped as cold. */
  heat?: FileHeat;
  /** With `heat`: the least share of all samples a candidate's region must have (default 0.01). */
  minShare?: number;
}

export interface TransformResult {
  code: string;
  changed: boolean;
  changes: Change[];
  skipped: Skip[];
  /** Set when the file could not be processed (parse error, guard failure, crash); `code` is then the input. */
  errors: FileError[];
}

export interface FileError {
  file?: string;
  line: number;
  column: number;
  reason: string;
  transform?: string;
}

/** The records of a run and its totals: what reports are made from, and the core of a run's result. */
export interface RunRecords {
  /** The transforms that ran, in order. */
  transforms: { id: string; title: string; description: string; docs: string; safetyNotes?: string }[];
  safety: Safety;
  dry: boolean;
  filesScanned: number;
  filesChanged: number;
  filesFailed: number;
  changes: Change[];
  /** Candidates found but not rewritten, with reasons (reports show them with `--explain`). */
  skipped: Skip[];
  errors: FileError[];
  /** One unified diff per changed file, when `dry`. */
  diffs: { file: string; diff: string }[];
  elapsedMs: number;
  /** With `--profile`, `--verify`, `--measure`: what the loop found (src/workflow). */
  workflow?: WorkflowRecords;
}

/** What a transform sees while it runs on one file. */
export interface TransformContext {
  j: JSCodeshift;
  root: Collection;
  /** The source text as parsed (positions of original nodes index into it). */
  source: string;
  filePath?: string;
  safety: Safety;
  /** This transform's options from the config file. */
  options: Record<string, unknown>;
  /** The type oracle, loaded on first call; `null` when types are off or unavailable. */
  types(): TypeOracle | null;
  /**
   * Records the decision on a candidate at `node`. Returns true when the caller should rewrite
   * (safe, or review while the run accepts review); otherwise the candidate is recorded as skipped.
   */
  decide(node: { loc?: unknown } | null | undefined, decision: Decision, what: ChangeText): boolean;
}

export interface ChangeText {
  message: string;
  complexity?: Complexity;
}

/** One codemod: metadata plus the function that finds, decides and rewrites. */
export interface PerfTransform {
  id: string;
  title: string;
  description: string;
  /** One line on when rewrites are safe vs review. */
  safetyNotes: string;
  /** Path of the docs page, relative to the package root. */
  docs: string;
  /** Cheap textual pre-test: false means the transform cannot match this source. */
  mightMatch?(source: string): boolean;
  /**
   * Cheap test on a plain parse of the file (Babel nodes, no recast, no paths): false means the
   * transform cannot match it. When every selected transform has one and none says yes, the file
   * is not parsed for rewriting at all. Must never say false where `run` would find a candidate
   * (or record a skip).
   */
  mightMatchTree?(file: unknown): boolean;
  run(ctx: TransformContext): void;
}

export type { API };
