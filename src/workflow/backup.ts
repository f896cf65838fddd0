import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeTemporaryFiles } from '../runner/file-io';
import { answerInterrupts } from '../runner/signals';
import { stopRunningCommand } from './command';

/**
 * The originals of the files a run may change, kept in memory and in a folder on disk (for a
 * `kill -9`: the folder and its `MANIFEST` say where each file belongs) until the run ends.
 */
export class Backup {
  private readonly originals = new Map<string, Buffer>();
  readonly dir: string;

  constructor(files: readonly string[]) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfmod-backup-'));
    const manifest: string[] = [];
    [...new Set(files)].forEach((file, i) => {
      const target = fs.realpathSync(file);
      const bytes = fs.readFileSync(target);
      this.originals.set(target, bytes);
      const copy = path.join(this.dir, `${i}-${path.basename(target)}`);
      fs.writeFileSync(copy, bytes);
      manifest.push(`${copy}\t${target}`);
    });
    fs.writeFileSync(path.join(this.dir, 'MANIFEST'), manifest.join('\n') + '\n');
  }

  get files(): string[] {
    return [...this.originals.keys()];
  }

  /** The current contents of the backed-up files (a tree state to come back to, e.g. for timing). */
  snapshot(): Map<string, Buffer> {
    return new Map(this.files.map((f) => [f, fs.readFileSync(f)]));
  }

  /** Writes a state taken with `snapshot` (only files whose bytes differ). */
  write(state: ReadonlyMap<string, Buffer>): void {
    for (const [file, bytes] of state) {
      if (!fs.readFileSync(file).equals(bytes)) fs.writeFileSync(file, bytes);
    }
  }

  restore(): void {
    this.write(this.originals);
  }

  /** The run is over: drop the copies on disk. */
  discard(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Until disposed, an interrupt (SIGINT, SIGTERM) or an unexpected exit stops the running command,
 * puts the originals back and says so. Returns the function that removes the guard.
 */
export function guardOriginals(backup: Backup, say: (line: string) => void): () => void {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stopRunningCommand();
    backup.restore();
    backup.discard();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    removeTemporaryFiles();
    say(`perfmod: interrupted (${signal}); the original files are restored, nothing was changed`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const onExit = () => restore();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', onExit);
  // The CLI's graceful stop (finish the files in progress) stands aside: here everything goes back.
  const answer = answerInterrupts();
  return () => {
    answer.release();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
  };
}
