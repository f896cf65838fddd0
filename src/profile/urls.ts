import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The file path a profile's script URL names, or null for code that is not a file of the user's
 * (V8 builtins have no URL; `node:internal/…`, `evalmachine`). `file://` URLs, absolute and
 * relative paths and Windows paths (`C:\…`, `file:///C:/…`) are accepted; relative ones are
 * resolved against `base`; `http(s)://` scripts are looked up under `base` (servedFile).
 */
export function urlToPath(url: string, base: string): string | null {
  if (!url) return null;
  if (/^file:/i.test(url)) {
    if (/^file:\/\/\/[a-zA-Z]:/.test(url) && process.platform !== 'win32') {
      return decodeURIComponent(url.slice('file:///'.length)).replace(/\\/g, '/'); // a Windows profile read elsewhere
    }
    try {
      return fileURLToPath(url);
    } catch {
      return null;
    }
  }
  if (/^[a-zA-Z]:[\\/]/.test(url)) return process.platform === 'win32' ? url : url.replace(/\\/g, '/');
  if (/^https?:\/\//i.test(url)) return servedFile(url, base);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null; // node:, webpack:, evalmachine.<anonymous>
  return path.resolve(base, url);
}

/** Where a script served over HTTP may be on disk (a page profiled in Chrome DevTools). */
const SERVED_FROM = ['', 'dist', 'build', 'public', 'out', 'www'];

/**
 * A script a browser loaded (`http://localhost:5173/assets/app.js`): the file under `base` (or
 * its usual build folders) at the URL's path, when it exists, so its source map can be read; else null.
 */
function servedFile(url: string, base: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  for (const folder of SERVED_FROM) {
    const file = path.join(base, folder, pathname);
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not there
    }
  }
  return null;
}

/** A comparable form of a path: forward slashes, lower-case drive letter. */
export function normalizePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\/?([a-zA-Z]):\//, (_, d: string) => `${d.toLowerCase()}:/`);
}

function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * Matches paths from a profile to the files of a run: first by real path (symlinks resolved),
 * then by the longest common tail of path segments (a profile taken in another checkout, on
 * another machine or on Windows), when that tail is unique and at least the file name and its folder.
 */
export class FileMatcher {
  private readonly byReal = new Map<string, string>();
  private readonly files: { file: string; parts: string[] }[] = [];
  private readonly cache = new Map<string, string | null>();

  constructor(files: readonly string[]) {
    for (const file of files) {
      this.byReal.set(normalizePath(realpathOr(file)), file);
      this.files.push({ file, parts: normalizePath(file).toLowerCase().split('/').filter(Boolean) });
    }
  }

  match(file: string): string | null {
    const cached = this.cache.get(file);
    if (cached !== undefined) return cached;
    const found = this.byReal.get(normalizePath(realpathOr(file))) ?? this.byTail(file);
    this.cache.set(file, found);
    return found;
  }

  private byTail(file: string): string | null {
    const parts = normalizePath(file).toLowerCase().split('/').filter(Boolean);
    let best: string | null = null;
    let bestLength = 0;
    let tie = false;
    for (const candidate of this.files) {
      let n = 0;
      while (n < parts.length && n < candidate.parts.length && parts[parts.length - 1 - n] === candidate.parts[candidate.parts.length - 1 - n]) n++;
      if (n > bestLength) {
        best = candidate.file;
        bestLength = n;
        tie = false;
      } else if (n === bestLength && n > 0) {
        tie = true;
      }
    }
    return best && !tie && bestLength >= Math.min(2, parts.length) ? best : null;
  }
}
