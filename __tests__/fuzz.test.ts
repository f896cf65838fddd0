import * as fs from 'node:fs';
import { checkGenerated, formatFinding, runCampaign, type Finding } from './harness/program-fuzz';
import { FUZZ_REGRESSIONS } from './harness/fuzz-regressions';

// Differential fuzzing (see __tests__/harness/program-fuzz.ts and docs/fixtures.md): generated
// programs in the shapes both transforms rewrite, with mutations, aliases, early exits and side
// effects around the lookup, are rewritten and run before/after on generated arguments.
// A fixed seed and a bounded count keep this a regression guard; for a long campaign set
// PERFMOD_FUZZ_PROGRAMS (and PERFMOD_FUZZ_SEED, PERFMOD_FUZZ_INPUTS; PERFMOD_FUZZ_REPORT=<file>
// writes every finding there). See docs/fixtures.md.
const SEED = envInt('PERFMOD_FUZZ_SEED', 20250611);
const PROGRAMS = envInt('PERFMOD_FUZZ_PROGRAMS', 150);
const INPUTS = envInt('PERFMOD_FUZZ_INPUTS', 50);
const REPORT = process.env.PERFMOD_FUZZ_REPORT;
// About 0.1 s per program; generous, so that a slow machine does not fail a long campaign.
const TIMEOUT_MS = Math.max(120_000, PROGRAMS * 1_000);

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isInteger(value) ? value : fallback;
}

/**
 * Every finding fails, `explained` ones too (a review rewrite whose stated assumption the program
 * itself visibly breaks, e.g. a helper called in the loop that changes the collection): the
 * transforms are expected to see those in the code and leave the loop alone.
 */
function failures(findings: Finding[]): Finding[] {
  return findings;
}

describe('program fuzzer', () => {
  test(`${PROGRAMS} generated programs (seed ${SEED}): rewrites parse, are idempotent and behave the same`, async () => {
    const summary = await runCampaign({ seed: SEED, count: PROGRAMS, inputsPerProgram: INPUTS });
    const found = failures(summary.findings);
    if (REPORT) fs.writeFileSync(REPORT, found.map(formatFinding).join('\n\n========\n\n'));
    if (found.length > 0) {
      throw new Error(`${found.length} finding(s) in ${summary.programs} programs:\n\n${found.slice(0, 5).map(formatFinding).join('\n\n')}`);
    }
    expect(summary.generatorErrors).toBe(0);
    // The campaign must exercise both transforms, safe and review, or it proves nothing.
    expect(summary.rewritten).toBeGreaterThan(summary.programs / 3);
    for (const key of ['nested-loop-to-set/safe', 'nested-loop-to-set/review', 'array-lookup-to-map/safe', 'array-lookup-to-map/review']) {
      expect(summary.changes[key] ?? 0).toBeGreaterThan(0);
    }
  }, TIMEOUT_MS);

  describe('programs it once found rewritten wrongly', () => {
    for (const { name, program } of FUZZ_REGRESSIONS) {
      test(name, async () => {
        const report = await checkGenerated(program, name, SEED, { inputsPerProgram: 100 });
        expect(report.generatorError).toBeUndefined();
        if (report.findings.length > 0) throw new Error(report.findings.map(formatFinding).join('\n\n'));
      });
    }
  });
});
