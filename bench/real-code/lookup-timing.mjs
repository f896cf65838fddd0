// Times one rewritten lookup in isolation at the sizes the real code has: `LIST.includes(x)`
// against `new Set(LIST).has(x)` (Set built once, as the rewrite does), for the given list and
// probe values (JSON files), alternating before/after in one process.
//   node bench/real-code/lookup-timing.mjs NAME LIST.json PROBES.json
import { createRequire } from 'node:module';
import * as fs from 'node:fs';

const require = createRequire(import.meta.url);
const Benchmark = require('benchmark');
const [name, listFile, probesFile] = process.argv.slice(2);
const list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
const probes = JSON.parse(fs.readFileSync(probesFile, 'utf8'));
const set = new Set(list);
let sink = 0;
const before = () => { for (const p of probes) if (list.includes(p)) sink++; };
const after = () => { for (const p of probes) if (set.has(p)) sink++; };
const hz = (fn) => { const b = new Benchmark({ fn, maxTime: 1, minSamples: 5 }); b.run({ async: false }); return b.hz; };
const r = { before: [], after: [] };
for (let round = 0; round < 4; round++) {
  for (const side of round % 2 === 0 ? ['before', 'after'] : ['after', 'before']) r[side].push(hz(side === 'before' ? before : after));
}
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log(JSON.stringify({ name, m: list.length, probes: probes.length, beforeHz: +mean(r.before).toFixed(0), afterHz: +mean(r.after).toFixed(0), speedup: +(mean(r.after) / mean(r.before)).toFixed(3) }));
void sink;
