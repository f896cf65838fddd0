import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Runs the real command (`node bin/perfmod.js`); needs dist/, rebuilt when a source is newer. */
export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'perfmod.js');
const COMPILED_CLI = path.join(ROOT, 'dist', 'src', 'cli.js');

function newestSourceTime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function buildIfStale(): void {
  const built = fs.existsSync(COMPILED_CLI) ? fs.statSync(COMPILED_CLI).mtimeMs : 0;
  const sources = Math.max(newestSourceTime(path.join(ROOT, 'src')), newestSourceTime(path.join(ROOT, 'transforms')));
  if (built > sources) return;
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (!fs.existsSync(COMPILED_CLI) || fs.statSync(COMPILED_CLI).mtimeMs <= built) {
    throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
  }
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function perfmod(cwd: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts perfmod and sends `signal` once `ready(stderr, stdout)` holds (or after `afterMs`). */
export function perfmodInterrupted(
  cwd: string,
  args: string[],
  signal: NodeJS.Signals,
  /** Send the signal once this holds (polled), so the run is known to be under way, not starting or done. */
  when: () => boolean,
): Promise<CliRun & { signalSent: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    let signalSent = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setInterval(() => {
      if (signalSent || !when()) return;
      signalSent = child.kill(signal);
    }, 10);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, signalSent });
    });
  });
}
