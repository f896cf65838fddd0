import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Two runs that write the same files at once would both rewrite them from the same original (and
 * both report every file as changed). A writing run registers the paths it works on; a second run
 * whose paths overlap (the same file or folder, or one inside the other) is refused until the first
 * ends. Registrations live outside the project (the system's temporary folder), one small file per
 * run, and are ignored once their process is gone (killed runs leave no lasting lock).
 */

export class TreeLockedError extends Error {}

interface LockRecord {
  pid: number;
  roots: string[];
  started: string;
}

export interface TreeLock {
  release(): void;
}

const LOCK_DIR_NAME = 'perfmod-locks';
/** Waiting for the short critical section of another run that is starting at the same moment. */
const MUTEX_WAIT_MS = 3000;
const MUTEX_STALE_MS = 10_000;

export function lockFolder(): string {
  return path.join(os.tmpdir(), LOCK_DIR_NAME);
}

/** Takes the lock for these paths (absolute) or throws TreeLockedError naming the other run. */
export function acquireTreeLock(paths: readonly string[], folder: string = lockFolder()): TreeLock {
  const roots = [...new Set(paths.map(realOrResolved))];
  fs.mkdirSync(folder, { recursive: true });
  const own = path.join(folder, `${process.pid}-${randomBytes(4).toString('hex')}.json`);
  withMutex(folder, () => {
    for (const other of liveLocks(folder)) {
      const clash = roots.find((root) => other.roots.some((theirs) => overlaps(root, theirs)));
      if (clash) {
        throw new TreeLockedError(
          `another perfmod run (process ${other.pid}, started ${other.started}) is rewriting ${other.roots.join(', ')}; ` +
            'wait for it to finish (or use --dry, which writes nothing)',
        );
      }
    }
    const record: LockRecord = { pid: process.pid, roots, started: new Date().toISOString() };
    fs.writeFileSync(own, JSON.stringify(record));
  });
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      try {
        fs.unlinkSync(own);
      } catch {
        // already gone
      }
    },
  };
}

function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(b + path.sep) || b.startsWith(a + path.sep);
}

function liveLocks(folder: string): LockRecord[] {
  const records: LockRecord[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(folder, name);
    let record: LockRecord;
    try {
      record = JSON.parse(fs.readFileSync(file, 'utf8')) as LockRecord;
    } catch {
      continue; // being written or removed
    }
    if (alive(record.pid)) records.push(record);
    else {
      try {
        fs.unlinkSync(file); // left by a run that was killed
      } catch {
        // someone else removed it
      }
    }
  }
  return records;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A folder created with mkdir (atomic) guards the check-then-register step. */
function withMutex(folder: string, body: () => void): void {
  const mutex = path.join(folder, '.mutex');
  const until = Date.now() + MUTEX_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(mutex);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - fs.statSync(mutex).mtimeMs > MUTEX_STALE_MS) fs.rmdirSync(mutex);
      } catch {
        // released meanwhile
      }
      if (Date.now() > until) break; // a stuck mutex must not block every run: go on without it
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  try {
    body();
  } finally {
    try {
      fs.rmdirSync(mutex);
    } catch {
      // removed as stale by another run
    }
  }
}
