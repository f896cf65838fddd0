import * as os from 'node:os';
import * as path from 'node:path';
import { applyTransform } from '../../src/engine/registry';
import { makeParser, parserForFile } from '../../src/engine/parse';
import type { Change, TransformOptions, TransformResult } from '../../src/engine/types';
import { compareRuns, runOn, show } from './equivalence';
import { compileModule, exportedFunction, type CompiledModule } from './module-loader';
import { generateProgram, type GeneratedProgram } from './program-gen';
import { describeRestrictions, makeArguments, NO_RESTRICTIONS, restrictionsFor, type Restrictions } from './program-inputs';
import { makeRng, programSeed } from './program-rng';

/**
 * Differential fuzzing of the transforms: generate a program (program-gen.ts), rewrite it, run the
 * original and every distinct rewrite on the same generated arguments, and compare (results,
 * thrown errors, argument mutation, the side-effect log) with the fixture harness's equivalence.
 *
 * - A mismatch after only `safe` rewrites (or in a `--safety safe` run) is a bug.
 * - After `review` rewrites the arguments respect the stated assumptions that are about values
 *   (no NaN, no null...); a mismatch is then a suspect, unless an assumption is one the program's
 *   own text breaks (a helper that mutates the collection, called in the loop), which explains it.
 * - Every output must parse, compile, be idempotent, and come with no `errors` and sound records.
 */

export interface Variant {
  transform: string;
  types: boolean;
}

export const VARIANTS: readonly Variant[] = [
  { transform: 'all', types: true },
  { transform: 'all', types: false },
  { transform: 'nested-loop-to-set', types: true },
  { transform: 'array-lookup-to-map', types: true },
];

export type Severity = 'bug' | 'suspect' | 'explained';

export interface Finding {
  severity: Severity;
  kind: 'mismatch' | 'errors' | 'parse' | 'compile' | 'idempotence' | 'records';
  /** `all (types on)`, `array-lookup-to-map (types off, safety safe)`... */
  variant: string;
  message: string;
  programId: string;
  shape: string;
  source: string;
  output?: string;
  changes?: Change[];
}

export interface ProgramReport {
  programId: string;
  findings: Finding[];
  /** The program does not compile or load (a generator problem, not a transform one). */
  generatorError?: string;
  /** Changes made, by `transform/safety`, over all variants (for coverage statistics). */
  changes: Record<string, number>;
  executions: number;
}

export const DEFAULT_INPUTS_PER_PROGRAM = 50;

const FUZZ_DIR = path.join(os.tmpdir(), 'perfmod-fuzz');

function describeVariant(variant: Variant, safety?: 'safe'): string {
  return `${variant.transform} (types ${variant.types ? 'on' : 'off'}${safety ? ', safety safe' : ''})`;
}

/** Runs the exported `run` of both modules on the same arguments; the first difference, or null. */
async function firstMismatch(before: CompiledModule, after: CompiledModule, inputs: unknown[][]): Promise<string | null> {
  for (const args of inputs) {
    const left = await runOn(exportedFunction(before.instantiate(), 'run', before.filePath), args);
    const right = await runOn(exportedFunction(after.instantiate(), 'run', after.filePath), args);
    const difference = compareRuns(left, right);
    if (difference) return `${difference}\n  arguments: ${show(args)}`;
  }
  return null;
}

function inputsFor(program: GeneratedProgram, seed: number, restrictions: Restrictions, count: number): unknown[][] {
  const rng = makeRng(seed ^ 0x5bd1e995);
  return Array.from({ length: count }, () => makeArguments(rng, program.inputs, restrictions));
}

export interface CheckOptions {
  variants?: readonly Variant[];
  inputsPerProgram?: number;
}

/** Generates program `index` of campaign `seed` and checks it under every variant. */
export async function checkProgram(seed: number, index: number, options: CheckOptions = {}): Promise<ProgramReport> {
  const programSeedValue = programSeed(seed, index);
  const program = generateProgram(makeRng(programSeedValue));
  return checkGenerated(program, `${seed}:${index}`, programSeedValue, options);
}

export async function checkGenerated(
  program: GeneratedProgram, programId: string, inputSeed: number, options: CheckOptions = {},
): Promise<ProgramReport> {
  const variants = options.variants ?? VARIANTS;
  const inputCount = options.inputsPerProgram ?? DEFAULT_INPUTS_PER_PROGRAM;
  const filePath = path.join(FUZZ_DIR, `program.${program.lang}`);
  const report: ProgramReport = { programId, findings: [], changes: {}, executions: 0 };
  let original: CompiledModule;
  try {
    original = compileModule(program.source, filePath);
    exportedFunction(original.instantiate(), 'run', filePath);
  } catch (error) {
    report.generatorError = (error as Error).message;
    return report;
  }

  const finding = (severity: Severity, kind: Finding['kind'], variant: string, message: string, result?: TransformResult): void => {
    report.findings.push({
      severity, kind, variant, message, programId, shape: program.shape, source: program.source,
      output: result?.code, changes: result?.changes,
    });
  };

  // Each distinct output is executed once per set of restrictions.
  const executed = new Set<string>();
  const inputCache = new Map<string, unknown[][]>();
  const execute = async (code: string, restrictions: Restrictions): Promise<string | null> => {
    const key = `${describeRestrictions(restrictions)}\u0000${code}`;
    if (executed.has(key)) return null;
    executed.add(key);
    const restrictionKey = describeRestrictions(restrictions);
    if (!inputCache.has(restrictionKey)) inputCache.set(restrictionKey, inputsFor(program, inputSeed, restrictions, inputCount));
    report.executions++;
    return firstMismatch(original, compileModule(code, filePath), inputCache.get(restrictionKey)!);
  };

  for (const variant of variants) {
    const label = describeVariant(variant);
    const base: TransformOptions = { filePath, types: variant.types };
    const result = applyTransform(variant.transform, program.source, base);
    if (!soundResult(result, base, variant, label, finding)) continue;
    if (!result.changed) continue;
    for (const change of result.changes) {
      const key = `${change.transform}/${change.safety}`;
      report.changes[key] = (report.changes[key] ?? 0) + 1;
    }
    const review = result.changes.filter((c) => c.safety === 'review');
    try {
      compileModule(result.code, filePath);
    } catch (error) {
      finding('bug', 'compile', label, (error as Error).message, result);
      continue;
    }
    if (review.length === 0) {
      const mismatch = await execute(result.code, documented(result, NO_RESTRICTIONS));
      if (mismatch) finding('bug', 'mismatch', label, `safe rewrite changed behaviour: ${mismatch}`, result);
      continue;
    }
    const assumptions = review.flatMap((c) => c.assumptions);
    const restrictions = documented(result, restrictionsFor(assumptions));
    const mismatch = await execute(result.code, restrictions);
    if (mismatch) {
      const explainedBy = program.brokenAssumptions.find((pattern) => assumptions.some((a) => pattern.test(a)));
      finding(explainedBy ? 'explained' : 'suspect', 'mismatch', label,
        `review rewrite changed behaviour on inputs with ${describeRestrictions(restrictions)}`
        + `${explainedBy ? ` (the program breaks an assumption: ${explainedBy})` : ''}: ${mismatch}\n  assumptions: ${assumptions.join(' | ')}`,
        result);
    }
    // The same variant with only the safe rewrites: any mismatch there is a bug.
    const safeOptions: TransformOptions = { ...base, safety: 'safe' };
    const safeResult = applyTransform(variant.transform, program.source, safeOptions);
    const safeLabel = describeVariant(variant, 'safe');
    if (!soundResult(safeResult, safeOptions, variant, safeLabel, finding) || !safeResult.changed) continue;
    const safeMismatch = await execute(safeResult.code, documented(safeResult, NO_RESTRICTIONS));
    if (safeMismatch) finding('bug', 'mismatch', safeLabel, `safe rewrite changed behaviour: ${safeMismatch}`, safeResult);
  }
  return report;
}

/** Adds the limits a transform documents for every rewrite (nested-loop-to-set: holes made at run time). */
function documented(result: TransformResult, restrictions: Restrictions): Restrictions {
  // Both transforms build their indexes the way the scan visits holes (src/analysis/lookup-index/set-build.ts):
  // no input restriction is documented any more.
  void result;
  return restrictions;
}

/** No errors, the output parses, records are consistent, a second pass changes nothing. */
function soundResult(
  result: TransformResult, options: TransformOptions, variant: Variant, label: string,
  finding: (severity: Severity, kind: Finding['kind'], variant: string, message: string, result?: TransformResult) => void,
): boolean {
  if (result.errors.length > 0) {
    finding('bug', 'errors', label, result.errors.map((e) => `${e.line}:${e.column} ${e.reason}`).join('; '), result);
    return false;
  }
  if (!result.changed) return true;
  try {
    makeParser(parserForFile(options.filePath!)).parse(result.code);
  } catch (error) {
    finding('bug', 'parse', label, `output does not parse: ${(error as Error).message}`, result);
    return false;
  }
  const problems: string[] = [];
  if (result.changes.length === 0) problems.push('the text changed but no Change was recorded');
  for (const change of result.changes) {
    if (change.safety === 'review' && change.assumptions.length === 0) problems.push(`review Change without assumptions: ${change.message}`);
    if (change.safety === 'safe' && change.assumptions.length > 0) problems.push(`safe Change with assumptions: ${change.message}`);
    if (options.safety === 'safe' && change.safety !== 'safe') problems.push(`review Change made with safety safe: ${change.message}`);
  }
  if (problems.length > 0) finding('bug', 'records', label, problems.join('; '), result);
  const again = applyTransform(variant.transform, result.code, options);
  if (again.changed || again.changes.length > 0 || again.errors.length > 0) {
    finding('bug', 'idempotence', label, `a second pass changed it: ${again.changes.map((c) => c.message).join('; ')}`
      + `${again.errors.map((e) => e.reason).join('; ')}`, again);
  }
  return true;
}

export interface CampaignOptions extends CheckOptions {
  seed: number;
  /** Programs to check (from `start`); with `timeBudgetMs`, stops at whichever comes first. */
  count: number;
  start?: number;
  timeBudgetMs?: number;
  onProgram?(report: ProgramReport, index: number): void;
}

export interface CampaignSummary {
  seed: number;
  programs: number;
  generatorErrors: number;
  /** Programs that at least one variant rewrote. */
  rewritten: number;
  executions: number;
  changes: Record<string, number>;
  findings: Finding[];
  elapsedMs: number;
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignSummary> {
  const started = Date.now();
  const summary: CampaignSummary = {
    seed: options.seed, programs: 0, generatorErrors: 0, rewritten: 0, executions: 0, changes: {}, findings: [], elapsedMs: 0,
  };
  const start = options.start ?? 0;
  for (let index = start; index < start + options.count; index++) {
    if (options.timeBudgetMs !== undefined && Date.now() - started > options.timeBudgetMs) break;
    const report = await checkProgram(options.seed, index, options);
    summary.programs++;
    if (report.generatorError) summary.generatorErrors++;
    if (Object.keys(report.changes).length > 0) summary.rewritten++;
    summary.executions += report.executions;
    for (const [key, n] of Object.entries(report.changes)) summary.changes[key] = (summary.changes[key] ?? 0) + n;
    summary.findings.push(...report.findings);
    options.onProgram?.(report, index);
  }
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** A finding in a few lines, with the program and the output, for a test failure or a campaign log. */
export function formatFinding(f: Finding): string {
  return [
    `[${f.severity}] ${f.kind} in ${f.variant}, program ${f.programId} (${f.shape})`,
    `  ${f.message}`,
    ...(f.changes ?? []).map((c) => `  change ${c.line}:${c.column} [${c.safety}] ${c.message}${c.assumptions.length ? ` — ${c.assumptions.join('; ')}` : ''}`),
    '--- program', f.source.trimEnd(),
    ...(f.output !== undefined ? ['--- output', f.output.trimEnd()] : []),
  ].join('\n');
}
