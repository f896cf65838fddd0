import fc from 'fast-check';
import { argumentsArbitrary, type CheckLine } from './check-lines';
import { compareRuns, runOn, type SideRun } from './equivalence';
import { exportedFunction, type CompiledModule } from './module-loader';

export const DEFAULT_RUNS = 200;

/** A stable seed per check, so a failure reproduces run after run; `PERFMOD_FC_SEED` overrides it. */
export function seedFor(label: string): number {
  const override = process.env.PERFMOD_FC_SEED;
  if (override !== undefined && override !== '' && Number.isInteger(Number(override))) return Number(override);
  // FNV-1a, 32 bit.
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

export function runsFromEnv(): number {
  const runs = Number(process.env.PERFMOD_FC_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : DEFAULT_RUNS;
}

export interface EquivalenceCheck {
  before: CompiledModule;
  after: CompiledModule;
  check: CheckLine;
  seed?: number;
  numRuns?: number;
}

/** Runs one side on its own deep clone of the arguments, in a fresh instance of its module. */
function runSide(module: CompiledModule, fnName: string, args: unknown[]): Promise<SideRun> {
  return runOn(exportedFunction(module.instantiate(), fnName, module.filePath), args);
}

/**
 * Property: for every generated argument list, the `before` and `after` modules' function
 * `check.fn` behave the same (see `compareRuns`). Rejects with fast-check's report (seed,
 * counterexample, shrunk) preceded by the check and the seed.
 */
export async function assertEquivalent({ before, after, check, seed, numRuns }: EquivalenceCheck): Promise<void> {
  const usedSeed = seed ?? seedFor(`${before.filePath}:${check.line}:${check.text}`);
  // Load errors (missing export...) are not properties of the inputs: report them once, plainly.
  exportedFunction(before.instantiate(), check.fn, before.filePath);
  exportedFunction(after.instantiate(), check.fn, after.filePath);
  const property = fc.asyncProperty(argumentsArbitrary(check), async (args) => {
    const left = await runSide(before, check.fn, args);
    const right = await runSide(after, check.fn, args);
    const difference = compareRuns(left, right);
    if (difference) throw new Error(`not equivalent: ${difference}`);
  });
  try {
    await fc.assert(property, { numRuns: numRuns ?? runsFromEnv(), seed: usedSeed });
  } catch (error) {
    // fast-check's report (seed, counterexample) carries the property's own error as its cause.
    const report = (error as Error).message;
    const cause = (error as { cause?: unknown }).cause;
    const reason = cause instanceof Error ? cause.message : cause !== undefined ? String(cause) : '';
    throw new Error(
      `@perfmod-check ${check.text} (line ${check.line}) failed with seed ${usedSeed}\n`
      + `  before: ${before.filePath}\n  after:  ${after.filePath}\n`
      + (reason ? `  ${reason}\n` : '') + report,
    );
  }
}
