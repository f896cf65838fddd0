import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCpuProfiles, type CpuProfile } from '../profile/cpuprofile';
import { runCommand, type CommandResult } from './command';

/**
 * Node versions that refuse `--cpu-prof` in NODE_OPTIONS (before 22) get this preload instead: it
 * starts the same V8 sampling profiler through `node:inspector` and writes a `.cpuprofile` (the
 * format `--cpu-prof` writes) when the process exits. It is plain JavaScript written to a temporary
 * file, so it runs in whichever node the command starts.
 */
const PRELOAD = `'use strict';
const dir = process.env.PERFMOD_CPU_PROF_DIR;
if (dir && require('node:worker_threads').isMainThread) {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error || !result) return;
      const file = require('node:path').join(dir, 'CPU.' + Date.now() + '.' + process.pid + '.cpuprofile');
      try { require('node:fs').writeFileSync(file, JSON.stringify(result.profile)); } catch {}
    });
  });
}
`;

/** NODE_OPTIONS that make every node process started by a command write a CPU profile into `dir`. */
export function profilingNodeOptions(dir: string, preload: string, existing = process.env.NODE_OPTIONS): string {
  const quote = (p: string) => (/\s/.test(p) ? `"${p}"` : p);
  const own = process.allowedNodeEnvironmentFlags.has('--cpu-prof')
    ? ['--cpu-prof', `--cpu-prof-dir=${quote(dir)}`]
    : [`--require=${quote(preload)}`];
  return [existing, ...own].filter(Boolean).join(' ');
}

/**
 * Runs `command` with profiling in NODE_OPTIONS, so every node process it starts (test workers,
 * child scripts) writes a profile into one temporary folder; returns them all.
 */
export async function profileCommand(command: string, cwd: string): Promise<{ result: CommandResult; profiles: CpuProfile[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-profile-'));
  const out = path.join(dir, 'profiles');
  fs.mkdirSync(out);
  const preload = path.join(dir, 'cpu-prof-preload.cjs');
  fs.writeFileSync(preload, PRELOAD);
  try {
    const env = { ...process.env, NODE_OPTIONS: profilingNodeOptions(out, preload), PERFMOD_CPU_PROF_DIR: out };
    const result = await runCommand(command, { cwd, env });
    const written = fs.readdirSync(out).some((f) => f.endsWith('.cpuprofile'));
    const profiles = result.ok && written ? readCpuProfiles([out], cwd).map((p) => p.profile) : [];
    return { result, profiles };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
