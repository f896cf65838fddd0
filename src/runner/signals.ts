import { removeTemporaryFiles } from './file-io';

/** Exit codes of a run ended by a signal: 128 + the signal's number, as shells report it. */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

export interface Interrupts {
  signal: AbortSignal;
  /** The signal that ended the run, if any. */
  received(): 'SIGINT' | 'SIGTERM' | undefined;
  dispose(): void;
}

/** The listeners of every active `interruptOnSignals`, and how to remove them. */
const graceful = new Map<(...args: unknown[]) => void, () => void>();
/** How many handlers answer interrupts themselves right now (see `answerInterrupts`). */
let answering = 0;

/**
 * SIGINT/SIGTERM end the run gracefully: the files in progress are finished (each write is
 * atomic), no new file starts, and the run ends with its summary. A second signal stops at once,
 * after removing temporary files of writes in progress (the originals are intact).
 * While another handler answers interrupts (`answerInterrupts`: the workflow stopping its command
 * or putting the originals back), these listeners stand aside.
 */
export function interruptOnSignals(notify: (text: string) => void): Interrupts {
  const controller = new AbortController();
  let first: 'SIGINT' | 'SIGTERM' | undefined;
  const handler = (name: 'SIGINT' | 'SIGTERM') => {
    if (answering > 0) return;
    if (first) {
      removeTemporaryFiles();
      process.exit(SIGNAL_EXIT[name]);
    }
    first = name;
    notify(`perfmod: ${name}: finishing the files in progress, then stopping (send it again to stop at once)\n`);
    controller.abort(name);
  };
  const onInt = () => handler('SIGINT');
  const onTerm = () => handler('SIGTERM');
  const dispose = () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    graceful.delete(onInt);
    graceful.delete(onTerm);
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  graceful.set(onInt, dispose);
  graceful.set(onTerm, dispose);
  return { signal: controller.signal, received: () => first, dispose };
}

/** For a handler with its own answer to an interrupt: until released, the graceful listeners do nothing. */
export function answerInterrupts(): { release(): void } {
  answering++;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      answering--;
    },
  };
}

/** Whether a listener other than the graceful ones handles `signal`. */
export function othersListen(signal: NodeJS.Signals): boolean {
  return process.listeners(signal).some((listener) => !graceful.has(listener as (...args: unknown[]) => void));
}

/** Removes every graceful listener (the process is about to end by the signal itself). */
export function standDown(): void {
  for (const dispose of [...graceful.values()]) dispose();
}
