import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { isUtf8 } from 'node:buffer';

/** A file perfmod will not rewrite, with the reason and, where there is one, the position. */
export class SkipFileError extends Error {
  constructor(message: string, readonly line = 1, readonly column = 1) {
    super(message);
  }
}

/** A source file as read: its text and its exact bytes (to detect a change on disk before writing). */
export interface SourceFile {
  text: string;
  bytes: Buffer;
}

export interface ReadOptions {
  /** Larger files are not read (SkipFileError). */
  maxBytes?: number;
}

/**
 * Reads a source file. It must be valid UTF-8: any other encoding (a Latin-1 `é`, Windows-1252
 * quotes) would be replaced by U+FFFD when decoded and re-encoded on write, so such a file is
 * refused with the position of its first invalid byte. A byte-order mark and CRLF line endings are
 * kept in the text: the engine strips and restores the BOM and restores untouched lines byte for byte.
 */
export function readSourceFile(file: string, options: ReadOptions = {}): SourceFile {
  if (options.maxBytes !== undefined) {
    const { size } = fs.statSync(file);
    if (size > options.maxBytes) {
      throw new SkipFileError(`skipped: ${formatBytes(size)} is over the --max-file-size limit of ${formatBytes(options.maxBytes)}`);
    }
  }
  const bytes = fs.readFileSync(file);
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, at);
    throw new SkipFileError(
      `skipped: not valid UTF-8 (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}); perfmod never re-encodes a file: convert it to UTF-8 first`,
      line,
      column,
    );
  }
  return { text: bytes.toString('utf8'), bytes };
}

/** Reads a source file as UTF-8 text (see readSourceFile). */
export function readSource(file: string): string {
  return readSourceFile(file).text;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  // Decode in growing prefixes would be quadratic; walk the sequences instead (RFC 3629 ranges).
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) min = 0xa0; if (b === 0xed) max = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) min = 0x90; if (b === 0xf4) max = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters of the (valid) text before the bad byte.
  return { line, column: bytes.subarray(lineStart, offset).toString('utf8').length + 1 };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} ${n === 1 ? 'byte' : 'bytes'}`;
}

/** Temporary files being written right now, so an interrupted run can remove them. */
const inFlight = new Set<string>();

/** Removes temporary files of writes that were cut off (called on SIGINT/SIGTERM). */
export function removeTemporaryFiles(): void {
  for (const temp of inFlight) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // already renamed or removed
    }
  }
  inFlight.clear();
}

/** Removes this process's temporary files for one source file (a worker stopped while writing it). */
export function removeTemporaryFilesOf(file: string): void {
  let target: string;
  try {
    target = fs.realpathSync(file);
  } catch {
    return;
  }
  const prefix = `.${path.basename(target)}.perfmod-${process.pid}-`;
  try {
    for (const name of fs.readdirSync(path.dirname(target))) {
      if (name.startsWith(prefix) && name.endsWith('.tmp')) fs.unlinkSync(path.join(path.dirname(target), name));
    }
  } catch {
    // the folder cannot be read: nothing was written there either
  }
}

export interface WriteOptions {
  /** The bytes the file had when it was read: when it no longer has them, it is not overwritten. */
  expected?: Buffer;
}

/**
 * Replaces a file's content atomically: the text goes to a temporary file in the same folder
 * (same file system, so the rename is atomic), which takes the original's permission bits and
 * then replaces it. Readers see the old file or the new one, never a half-written one.
 * A symbolic link is kept: its target is rewritten. With `expected`, a file that changed on disk
 * since it was read (an editor, another run) is left alone: SkipFileError.
 */
export function writeSourceAtomic(file: string, text: string, options: WriteOptions = {}): void {
  const target = fs.realpathSync(file);
  const { mode } = fs.statSync(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.perfmod-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  inFlight.add(temp);
  try {
    fs.writeFileSync(temp, text, { encoding: 'utf8', mode });
    // The mode given at creation is masked by the umask; set it explicitly.
    fs.chmodSync(temp, mode & 0o7777);
    // Compared as late as possible: the window left is the rename itself.
    if (options.expected && !fs.readFileSync(target).equals(options.expected)) {
      throw new SkipFileError('changed on disk during the run (another program or perfmod run wrote it): not overwritten');
    }
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file was never created or is already gone
    }
    throw error;
  } finally {
    inFlight.delete(temp);
  }
}
