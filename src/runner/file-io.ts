import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Reads a source file as UTF-8 text. A byte-order mark and CRLF line endings are kept in the
 * string: the engine strips and restores the BOM and prints with the file's own line terminator.
 */
export function readSource(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

/**
 * Replaces a file's content atomically: the text goes to a temporary file in the same folder
 * (same file system, so the rename is atomic), which takes the original's permission bits and
 * then replaces it. Readers see the old file or the new one, never a half-written one.
 * A symbolic link is kept: its target is rewritten.
 */
export function writeSourceAtomic(file: string, text: string): void {
  const target = fs.realpathSync(file);
  const { mode } = fs.statSync(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.perfmod-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: 'utf8', mode });
    // The mode given at creation is masked by the umask; set it explicitly.
    fs.chmodSync(temp, mode & 0o7777);
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file was never created or is already gone
    }
    throw error;
  }
}
