import { removeTemporaryFiles } from './file-io';

/** Exit codes of a run ended by a signal: 128 + the signal's number, as shells report it. */
export const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

export interface Interrupts {
  signal: AbortSignal;
  /** The signal that ended the run, if any. */
  received(): 'SIGINT' | 'SIGTERM' | undefined;
  dispose(): void;
}

/**
 * SIGINT/SIGTERM end the run gracefully: the files in progress are finished (each write is
 * atomic), no new file starts, and the run ends with its summary. A second signal stops at once,
 * after removing temporary files of writes in progress (the originals are intact).
 */
export function interruptOnSignals(notify: (text: string) => void): Interrupts {
  const controller = new AbortController();
  let first: 'SIGINT' | 'SIGTERM' | undefined;
  const handler = (name: 'SIGINT' | 'SIGTERM') => {
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
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    received: () => first,
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
