import { runCommand, type CommandResult } from './command';

export interface Timing {
  beforeMs: number[];
  afterMs: number[];
  speedup: number;
}

export class MeasureFailed extends Error {
  constructor(readonly side: 'before' | 'after', readonly result: CommandResult) {
    super(`the --measure command failed on the ${side === 'before' ? 'untouched' : 'rewritten'} tree`);
  }
}

/**
 * Times `command` on two states of the tree, alternating (before, after, before, …) so drift in
 * the machine's load falls on both sides, after one warm-up run of each (caches, JIT of the tools).
 */
export async function measureAlternating(
  command: string,
  runs: number,
  options: { cwd: string; before(): void; after(): void },
): Promise<Timing> {
  const beforeMs: number[] = [];
  const afterMs: number[] = [];
  const once = async (side: 'before' | 'after', into: number[] | null) => {
    if (side === 'before') options.before();
    else options.after();
    const result = await runCommand(command, { cwd: options.cwd });
    if (!result.ok) throw new MeasureFailed(side, result);
    into?.push(Math.round(result.ms * 10) / 10);
  };
  await once('before', null);
  await once('after', null);
  for (let i = 0; i < runs; i++) {
    await once('before', beforeMs);
    await once('after', afterMs);
  }
  return { beforeMs, afterMs, speedup: ratio(beforeMs, afterMs) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function ratio(beforeMs: readonly number[], afterMs: readonly number[]): number {
  const after = median(afterMs);
  return after > 0 ? Math.round((median(beforeMs) / after) * 100) / 100 : Infinity;
}
