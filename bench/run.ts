import * as fs from 'node:fs';
import * as path from 'node:path';
import { FULL_MEASURE, QUICK_MEASURE } from './lib/measure';
import { formatTable } from './lib/report';
import { writePlot } from './lib/plot';
import { writeSurface } from './lib/surface';
import { BENCH_DIR, resultsDir, runSuite, writeResults } from './lib/runner';
import type { BenchSuite } from './lib/types';
import { isDbSuite, type DbBenchSuite } from './lib/db-types';

const USAGE = `usage: npm run bench -- [transform...] [--quick] [--sizes=10,100,...]
  every bench/<transform>.bench.ts by default; --quick: tiny sizes and short timing (CI smoke run,
  results go to bench/results/quick/); --sizes overrides the sizes of every case. A full run also
  draws docs/transforms/<transform>.svg.`;

interface Args {
  transforms: string[];
  quick: boolean;
  sizes?: number[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { transforms: [], quick: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg.startsWith('--sizes=')) {
      const sizes = arg.slice('--sizes='.length).split(',').map(Number);
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) usageError(`bad --sizes: ${arg}`);
      args.sizes = sizes;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-')) usageError(`unknown option ${arg}`);
    else args.transforms.push(arg);
  }
  return args;
}

function usageError(reason: string): never {
  process.stderr.write(`bench: ${reason}\n${USAGE}\n`);
  process.exit(2);
}

/** Every `bench/*.bench.ts`, by transform id. */
function loadSuites(): Map<string, BenchSuite | DbBenchSuite> {
  const suites = new Map<string, BenchSuite | DbBenchSuite>();
  for (const file of fs.readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.ts')).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(path.join(BENCH_DIR, file)) as { default?: BenchSuite | DbBenchSuite; suite?: BenchSuite | DbBenchSuite };
    const suite = loaded.default ?? loaded.suite;
    if (!suite) throw new Error(`${file}: no default export (defineBench({...}))`);
    suites.set(suite.transform, suite);
  }
  return suites;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const suites = loadSuites();
  for (const id of args.transforms) {
    if (!suites.has(id)) usageError(`no benchmark for '${id}' (have: ${[...suites.keys()].join(', ')})`);
  }
  const selected = args.transforms.length > 0 ? args.transforms.map((id) => suites.get(id)!) : [...suites.values()];
  const measure = args.quick ? QUICK_MEASURE : FULL_MEASURE;
  const failures: string[] = [];
  for (const suite of selected) {
    // Database suites (N+1) run against a real engine, with asynchronous calls.
    const report = isDbSuite(suite)
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      ? await (require('./lib/db-runner') as typeof import('./lib/db-runner')).runDbSuite(suite, { sizes: args.sizes, quick: args.quick, measure })
      : await runSuite(suite, { sizes: args.sizes, quick: args.quick, measure });
    process.stdout.write(`${'table' in report ? report.table : formatTable(suite.transform, report.cases)}\n\n`);
    if (report.failures.length > 0) {
      // Partial results never replace a complete run.
      failures.push(...report.failures);
      continue;
    }
    // A run with custom sizes is not the reference run either.
    if (!args.sizes || args.quick) {
      process.stderr.write(`wrote ${path.relative(process.cwd(), writeResults(report, resultsDir(args.quick)))}\n`);
    }
    // The plot in the docs shows the reference run only.
    if (!args.sizes && !args.quick) {
      process.stderr.write(`wrote ${path.relative(process.cwd(), writePlot(suite.transform, report.rows, undefined, 'plot' in suite ? suite.plot : undefined))}\n`);
      const surface = writeSurface(suite.transform, report.rows);
      if (surface) process.stderr.write(`wrote the crossover surface into ${path.relative(process.cwd(), surface)}\n`);
    }
  }
  if (failures.length > 0) {
    process.stderr.write(`\nbench FAILED:\n  ${failures.join('\n  ')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
