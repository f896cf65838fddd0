import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Change } from '../engine/types';
import { writeSourceAtomic } from '../runner/file-io';
import { runCodemods, type RunOptions, type RunResult } from '../runner/run';
import { commitMessage } from './commit-message';
import { assertWorkTree, commitFile, GitError, uncommitted } from './repo';

export interface CommitRecord {
  change: Change;
  commit: string;
}

export interface CommitEachResult {
  /** The dry run that chose the changes (what reports show). */
  plan: RunResult;
  commits: CommitRecord[];
  /** Changes that could not be committed on their own, with the reason. */
  skipped: { change: Change; reason: string }[];
}

/** Uncommitted work in a file perfmod would commit: refusing keeps the user's edits out of perfmod's commits. */
export class DirtyTreeError extends GitError {}

/**
 * `--commit-each`: one commit per change, in file order (file by file, top to bottom). Step k of
 * a file is the original text with its first k changes applied (`--only`), so each commit adds
 * exactly one change and every commit builds on the one before.
 */
export async function commitEach(options: RunOptions): Promise<CommitEachResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  assertWorkTree(cwd, '--commit-each');
  const plan = await runCodemods({ ...options, cwd, dry: true, print: false });
  const byFile = groupByFile(plan.changes);
  const absolute = [...byFile.keys()].map((file) => path.resolve(cwd, file));
  const dirty = uncommitted(absolute, cwd);
  if (dirty.length > 0) {
    throw new DirtyTreeError(
      `--commit-each: commit or stash the uncommitted changes first; perfmod would commit over them in ${dirty.join(', ')}`,
    );
  }

  const outcome: CommitEachResult = { plan, commits: [], skipped: [] };
  for (const [file, changes] of byFile) {
    const target = path.resolve(cwd, file);
    const original = fs.readFileSync(target, 'utf8');
    let previous = original;
    for (let k = 0; k < changes.length; k++) {
      writeSourceAtomic(target, original);
      const step = await runCodemods({
        ...options, cwd, paths: [target], restrictTo: undefined, shard: undefined, dry: false, print: false, workers: 1, details: false,
        only: changes.slice(0, k + 1).map((c) => c.id),
      });
      const now = fs.readFileSync(target, 'utf8');
      const applied = step.changes.some((c) => c.id === changes[k].id);
      if (!applied || now === previous) {
        outcome.skipped.push({ change: changes[k], reason: step.errors[0]?.reason ?? 'it changes nothing once the changes before it are applied' });
        continue;
      }
      outcome.commits.push({ change: changes[k], commit: commitFile(target, commitMessage(changes[k]), cwd) });
      previous = now;
    }
    // Leave the file as committed (a skipped last step must not leave an uncommitted state behind).
    if (fs.readFileSync(target, 'utf8') !== previous) writeSourceAtomic(target, previous);
  }
  return outcome;
}

/** Changes grouped by file, in the order the run listed them (files sorted, positions within a file). */
export function groupByFile(changes: readonly Change[]): Map<string, Change[]> {
  const byFile = new Map<string, Change[]>();
  for (const change of changes) {
    const file = change.file ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), change]);
  }
  return byFile;
}
