// Times one exported method call before and after perfmod, on two checkouts of a package,
// alternating before/after in one process with benchmark.js.
//   node bench/real-code/method-timing.mjs BEFORE_ENTRY AFTER_ENTRY SCENARIO.mjs
// SCENARIO.mjs default-exports (mod) => ({ name, fn }) : fn is the call to time, made from the module `mod`.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const Benchmark = require('benchmark');
const [beforeEntry, afterEntry, scenarioFile] = process.argv.slice(2);
const url = (p) => pathToFileURL(path.resolve(p)).href;
const scenario = (await import(url(scenarioFile))).default;
const before = scenario(await import(url(beforeEntry)));
const after = scenario(await import(url(afterEntry)));
const hz = (fn) => { const b = new Benchmark({ fn, maxTime: 1, minSamples: 5 }); b.run({ async: false }); return b.hz; };
const r = { before: [], after: [] };
for (let round = 0; round < 4; round++) {
  for (const side of round % 2 === 0 ? ['before', 'after'] : ['after', 'before']) r[side].push(hz(side === 'before' ? before.fn : after.fn));
}
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log(JSON.stringify({ name: before.name, beforeHz: +mean(r.before).toFixed(0), afterHz: +mean(r.after).toFixed(0), speedup: +(mean(r.after) / mean(r.before)).toFixed(3) }));
