// Times whole svgo plugins before and after perfmod, on svgo's own plugin fixtures (the SVGs its
// tests feed each plugin), alternating before/after in one process with benchmark.js.
//   node bench/real-code/plugin-timing.mjs BEFORE_ROOT AFTER_ROOT plugin [plugin...]
// BEFORE_ROOT / AFTER_ROOT: two checkouts of svgo (untouched, and rewritten by perfmod all).
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const Benchmark = require('benchmark');
const [before, after, ...plugins] = process.argv.slice(2);
const load = async (root) => (await import(pathToFileURL(path.join(root, 'lib/svgo.js')).href)).optimize;
const optimizeBefore = await load(before);
const optimizeAfter = await load(after);

function fixtures(plugin) {
  const dir = path.join(before, 'test/plugins');
  return fs.readdirSync(dir).filter((f) => f.startsWith(`${plugin}.`) && f.endsWith('.svg.txt')).map((f) => {
    // As svgo's own test reads them: an optional description before ===, then input @@@ output @@@ params.
    const items = fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n').trim().split(/\s*===\s*/);
    const [input, , params] = (items.length === 2 ? items[1] : items[0]).split(/\s*@@@\s*/);
    return { input, params: params ? JSON.parse(params) : undefined };
  });
}

function hz(fn, maxTime) {
  const b = new Benchmark({ fn, maxTime, minSamples: 5 });
  b.run({ async: false });
  return b.hz;
}

let sink;
for (const plugin of plugins) {
  const cases = fixtures(plugin);
  const run = (optimize) => () => {
    for (const c of cases) sink = optimize(c.input, { plugins: [{ name: plugin, params: c.params }] });
  };
  // Same output first: a faster wrong rewrite is worse than none.
  for (const c of cases) {
    const a = optimizeBefore(c.input, { plugins: [{ name: plugin, params: c.params }] }).data;
    const b = optimizeAfter(c.input, { plugins: [{ name: plugin, params: c.params }] }).data;
    if (a !== b) throw new Error(`${plugin}: before and after differ on a fixture`);
  }
  const rates = { before: [], after: [] };
  for (let round = 0; round < 4; round++) {
    const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const side of order) rates[side].push(hz(run(side === 'before' ? optimizeBefore : optimizeAfter), 1));
  }
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const b = mean(rates.before);
  const a = mean(rates.after);
  console.log(JSON.stringify({ plugin, fixtures: cases.length, beforeHz: +b.toFixed(1), afterHz: +a.toFixed(1), speedup: +(a / b).toFixed(3) }));
}
void sink;
