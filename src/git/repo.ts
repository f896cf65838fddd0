import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** A git command failed, or the folder is not in a git work tree: a one-line reason. */
export class GitError extends Error {}

export function git(args: readonly string[], cwd: string, input?: string): string {
  const r = spawnSync('git', [...args], { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) {
    const reason = (r.stderr || r.stdout).trim().split('\n').pop() ?? '';
    throw new GitError(`git ${args[0]} failed: ${reason.replace(/^(fatal|error): /, '')}`);
  }
  return r.stdout;
}

/** Throws GitError unless `cwd` is inside a git work tree. */
export function assertWorkTree(cwd: string, why: string): void {
  let inside = '';
  try {
    inside = git(['rev-parse', '--is-inside-work-tree'], cwd).trim();
  } catch {
    // reported below
  }
  if (inside !== 'true') throw new GitError(`${why} needs a git work tree, and ${cwd} is not in one`);
}

/** NUL-separated paths relative to the repository root -> absolute paths (through `cwd`, so symlinked folders match discovery). */
function fromRoot(list: string, cwd: string): string[] {
  const cdup = git(['rev-parse', '--show-cdup'], cwd).trim();
  return list.split('\0').filter(Boolean).map((name) => path.resolve(cwd, cdup, name));
}

/**
 * Files changed on this branch since it left REF (`git merge-base REF HEAD`), committed or not,
 * plus untracked files that are not ignored: the files a pull request against REF touches.
 */
export function changedSince(ref: string, cwd: string): string[] {
  assertWorkTree(cwd, '--changed-since');
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new GitError(`--changed-since: '${ref}' is not a commit, branch or tag of this repository`);
  }
  let base: string;
  try {
    base = git(['merge-base', ref, 'HEAD'], cwd).trim();
  } catch {
    throw new GitError(`--changed-since: '${ref}' and HEAD have no common history here (a shallow clone? fetch the history, e.g. actions/checkout with fetch-depth: 0)`);
  }
  const changed = git(['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', base, '--'], cwd);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z'], cwd);
  return [...new Set([...fromRoot(changed, cwd), ...fromRoot(untracked, cwd)])];
}

/** Files staged for the next commit (not deleted): the scope of a pre-commit hook. */
export function stagedFiles(cwd: string): string[] {
  assertWorkTree(cwd, '--staged');
  return fromRoot(git(['diff', '--cached', '--name-only', '--no-renames', '--diff-filter=d', '-z'], cwd), cwd);
}

/** Those of `files` (absolute) with uncommitted changes, staged or not, as git prints them. */
export function uncommitted(files: readonly string[], cwd: string): string[] {
  if (files.length === 0) return [];
  const status = git(['status', '--porcelain', '-z', '--untracked-files=all', '--', ...files], cwd);
  return status.split('\0').filter(Boolean).map((entry) => entry.slice(3));
}

/** Commits exactly `file` as it is in the work tree; returns the new commit's id. */
export function commitFile(file: string, message: string, cwd: string): string {
  git(['add', '--', file], cwd);
  git(['commit', '--quiet', '--file', '-', '--only', '--', file], cwd, message);
  return git(['rev-parse', 'HEAD'], cwd).trim();
}
