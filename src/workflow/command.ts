import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { answerInterrupts, othersListen, standDown } from '../runner/signals';

export interface CommandResult {
  ok: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  /** The start and the end of stdout+stderr interleaved (the middle of long outputs is dropped). */
  output: string;
}

const KEEP_HEAD = 16 * 1024;
const KEEP_TAIL = 64 * 1024;

/** The one command running now, so an interrupt can stop it (and its children) before restoring files. */
let running: ChildProcess | null = null;

/** Runs a shell command line; resolves when it exits (never rejects for a failing command). */
export function runCommand(command: string, options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CommandResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    let head = '';
    let tail = '';
    let dropped = false;
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (head.length < KEEP_HEAD) {
        const room = KEEP_HEAD - head.length;
        head += text.slice(0, room);
        if (text.length <= room) return;
        tail += text.slice(room);
      } else {
        tail += text;
      }
      if (tail.length > KEEP_TAIL) {
        tail = tail.slice(tail.length - KEEP_TAIL);
        dropped = true;
      }
    };
    const child = spawn(command, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it stops the test workers it started too.
      detached: process.platform !== 'win32',
    });
    running = child;
    const unguard = stopOnInterrupt();
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const finish = (code: number | null, signal: NodeJS.Signals | null, extra = '') => {
      if (running === child) running = null;
      unguard();
      resolve({ ok: code === 0, code, signal, ms: performance.now() - started, output: head + (dropped ? '\n[…]\n' : '') + tail + extra });
    };
    child.on('error', (error) => finish(127, null, `\n${error.message}\n`));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

/**
 * The command runs in its own process group, so Ctrl-C does not reach it. When nobody else
 * handles an interrupt (before any file is written), stop the command and then die of the same
 * signal, as without a handler. The CLI's graceful stop (finish the files in progress) stands
 * aside meanwhile: there is no file in progress, only the command. Returns the function that
 * removes the handlers.
 */
function stopOnInterrupt(): () => void {
  const handlers: [NodeJS.Signals, () => void][] = [];
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (othersListen(signal)) continue; // guardOriginals handles it (and restores files)
    const handler = () => {
      stopRunningCommand();
      for (const [s, h] of handlers) process.off(s, h);
      standDown();
      process.kill(process.pid, signal);
    };
    process.on(signal, handler);
    handlers.push([signal, handler]);
  }
  const answer = handlers.length > 0 ? answerInterrupts() : undefined;
  return () => {
    for (const [s, h] of handlers) process.off(s, h);
    answer?.release();
  };
}

/** Stops the running command and everything it started (used on interrupt). */
export function stopRunningCommand(): void {
  const child = running;
  if (!child?.pid) return;
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, 'SIGTERM');
    else child.kill('SIGTERM');
  } catch {
    // already gone
  }
}

/** The last `n` non-empty lines of an output. */
export function lastLines(output: string, n = 20): string {
  return output.replace(/\s+$/, '').split(/\r?\n/).slice(-n).join('\n');
}

const FAILURE_LINE = /\b(\w*Error\b|FAIL\b|not ok\b|failed\b|✕)/;

/**
 * The first `n` lines that say what failed: from the first line that names an error or a failing
 * test (test runners print passing suites and stack frames around it), else from the start.
 */
export function firstLines(output: string, n = 5): string {
  const lines = output.split(/\r?\n/).filter((l) => l.trim() !== '');
  const first = lines.findIndex((l) => FAILURE_LINE.test(l));
  return lines.slice(Math.max(first, 0), Math.max(first, 0) + n).join('\n');
}

export function describeExit(result: CommandResult): string {
  if (result.signal) return `killed by ${result.signal}`;
  return `exit ${result.code}`;
}
