'use strict';
// Preloaded (`node -r`) into a measured command: at exit it writes the process's CPU time (all
// threads), wall time and peak memory to $PERFMOD_STATS_FILE.
const fs = require('node:fs');
const started = process.hrtime.bigint();
process.on('exit', () => {
  const out = process.env.PERFMOD_STATS_FILE;
  if (!out) return;
  const cpu = process.cpuUsage();
  fs.writeFileSync(out, JSON.stringify({
    wallMs: Number(process.hrtime.bigint() - started) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }));
});
