import * as fs from 'node:fs';
import * as path from 'node:path';

/** A value given on the command line that cannot be used; the CLI exits 2 with this message. */
export class ArgumentError extends Error {}

/**
 * `--workers -3` would make node's parseArgs read `-3` as an option ("argument is ambiguous"):
 * a value that looks like a number is joined to its option (`--workers=-3`) so the option's own
 * check can say what is wrong with it.
 */
export function joinNumericValues(argv: readonly string[], valueOptions: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (valueOptions.includes(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `1MB`, `500KB`, `1.5m`, `200000` (bytes), or `none`/`0` for no limit (Infinity). */
export function parseSize(flag: string, text: string): number {
  const value = text.trim().toLowerCase();
  if (value === 'none' || value === '0') return Infinity;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/.exec(value);
  if (!match || !(match[2] in UNITS)) {
    throw new ArgumentError(`${flag} expects a size such as 1MB, 500KB or 200000 (bytes), or none (got '${text}')`);
  }
  return Math.round(Number(match[1]) * UNITS[match[2]]);
}

/** Seconds (fractions allowed), or `none`/`0` for no limit; returned in ms. */
export function parseSeconds(flag: string, text: string): number {
  const value = text.trim().toLowerCase();
  if (value === 'none' || value === '0') return Infinity;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new ArgumentError(`${flag} expects seconds, e.g. 30, or none (got '${text}')`);
  return Number(value) * 1000;
}

/**
 * An output file must be writable before any source file is touched: its folder exists and is
 * writable, and it is not itself a folder. Checked without creating it.
 */
export function checkOutputFile(flag: string, file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const folder = path.dirname(absolute);
  let folderStat: fs.Stats;
  try {
    folderStat = fs.statSync(folder);
  } catch {
    throw new ArgumentError(`${flag} ${file}: folder ${folder} does not exist`);
  }
  if (!folderStat.isDirectory()) throw new ArgumentError(`${flag} ${file}: ${folder} is not a folder`);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(absolute);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new ArgumentError(`${flag} ${file}: is a folder, not a file`);
  try {
    fs.accessSync(existing ? absolute : folder, fs.constants.W_OK);
  } catch {
    throw new ArgumentError(`${flag} ${file}: ${existing ? 'the file' : `folder ${folder}`} is not writable`);
  }
  return absolute;
}
