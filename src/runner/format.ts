import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { diffLines } from 'diff';

/**
 * Formats the statements perfmod touched with the project's own Prettier, so that a project
 * checked by `prettier --check` stays clean. Only when the file's project has a Prettier config
 * and prettier installed (resolved from the file's folder, never perfmod's own copy); only the
 * ranges of lines that changed (Prettier's range formatting widens each to whole statements),
 * so untouched code is never reformatted. A failure keeps the unformatted, valid output.
 */
export interface FormatOutcome {
  code: string;
  /** Set when prettier was used and failed: the unformatted output was kept. */
  warning?: string;
  formatted: boolean;
}

/** Character ranges [start, end) of the lines of `after` that are not lines of `before`. */
export function touchedRanges(before: string, after: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  for (const part of diffLines(before, after)) {
    if (part.removed) continue;
    if (part.added) {
      const last = ranges[ranges.length - 1];
      // Prettier's range end is exclusive; stop before the final line break.
      const end = offset + part.value.replace(/\r?\n$/, '').length;
      if (last && last.end >= offset - 1) last.end = end;
      else ranges.push({ start: offset, end });
    }
    offset += part.value.length;
  }
  return ranges;
}

/**
 * The folder of the prettier package installed for a file's project: the nearest
 * `node_modules/prettier` above the file (Node's own lookup), or null. Walked by hand so that the
 * answer never depends on where perfmod itself is installed.
 */
export function projectPrettier(file: string): string | null {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    const candidate = path.join(dir, 'node_modules', 'prettier');
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * `reparses` is the engine's guard: formatted text that does not parse is not kept.
 */
export function formatTouched(file: string, before: string, after: string, reparses: (code: string) => boolean): FormatOutcome {
  if (before === after) return { code: after, formatted: false };
  const prettier = projectPrettier(file);
  if (!prettier) return { code: after, formatted: false };
  const ranges = touchedRanges(before, after);
  if (ranges.length === 0) return { code: after, formatted: false };
  let reply: Reply;
  try {
    reply = bridge().call({ prettier, file, text: after, ranges });
  } catch (error) {
    return { code: after, formatted: false, warning: `prettier failed (${messageOf(error)}); kept the unformatted output` };
  }
  if (reply.kind === 'skip') return { code: after, formatted: false };
  if (reply.kind === 'error') return { code: after, formatted: false, warning: `prettier failed (${reply.message}); kept the unformatted output` };
  if (!reparses(reply.code)) return { code: after, formatted: false, warning: 'prettier output did not re-parse; kept the unformatted output' };
  return { code: reply.code, formatted: reply.code !== after };
}

type Request = { prettier: string; file: string; text: string; ranges: { start: number; end: number }[] };
type Reply = { kind: 'ok'; code: string } | { kind: 'skip' } | { kind: 'error'; message: string };

/** Prettier 3 formats asynchronously; the engine is synchronous. A helper thread runs it while this one waits. */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { port, signal } = workerData;
const loaded = new Map();
async function handle({ prettier: entry, file, text, ranges }) {
  if (!loaded.has(entry)) loaded.set(entry, require(entry));
  const prettier = loaded.get(entry);
  const configFile = await prettier.resolveConfigFile(file);
  if (!configFile) return { kind: 'skip' };
  const ignorePath = path.join(path.dirname(configFile), '.prettierignore');
  const info = await prettier.getFileInfo(file, fs.existsSync(ignorePath) ? { ignorePath } : {});
  if (info.ignored || !info.inferredParser) return { kind: 'skip' };
  const options = (await prettier.resolveConfig(file, { editorconfig: true })) || {};
  let code = text;
  // Last range first: formatting one never moves the offsets of those before it.
  for (const range of [...ranges].reverse()) {
    code = await prettier.format(code, { ...options, filepath: file, rangeStart: range.start, rangeEnd: range.end });
  }
  return { kind: 'ok', code };
}
port.on('message', async (request) => {
  let reply;
  try { reply = await handle(request); }
  catch (error) { reply = { kind: 'error', message: String(error && error.message || error).split('\\n')[0] }; }
  port.postMessage(reply);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

const TIMEOUT_MS = 30_000;

interface Bridge {
  call(request: Request): Reply;
}

let shared: Bridge | null = null;

function bridge(): Bridge {
  if (shared) return shared;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, signal }, transferList: [port2 as MessagePort] });
  worker.unref();
  port1.unref();
  const self: Bridge = {
    call(request) {
      Atomics.store(signal, 0, 0);
      port1.postMessage(request);
      if (Atomics.wait(signal, 0, 0, TIMEOUT_MS) === 'timed-out') {
        shared = null;
        void worker.terminate();
        throw new Error(`no answer in ${TIMEOUT_MS / 1000} s`);
      }
      const message = receiveMessageOnPort(port1);
      if (!message) throw new Error('no answer');
      return message.message as Reply;
    },
  };
  worker.on('error', () => {
    if (shared === self) shared = null;
  });
  shared = self;
  return self;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

