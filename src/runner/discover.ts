import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { isTestFile } from './test-files';

export const DEFAULT_EXTENSIONS: readonly string[] = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

/** Which slice of the file list to process: `index` is 1-based (`--shard 2/4` = { index: 2, count: 4 }). */
export interface Shard {
  index: number;
  count: number;
}

export interface DiscoverOptions {
  /** Base for relative paths, globs and display paths (default: process.cwd()). */
  cwd?: string;
  /** Extensions without the dot (default: DEFAULT_EXTENSIONS). Only applied when walking folders. */
  extensions?: readonly string[];
  /** picomatch globs, matched against the path relative to `cwd` and relative to the walked folder. */
  ignore?: readonly string[];
  shard?: Shard;
  /** Also walk test files (`*.test.*`, `*.spec.*`, `__tests__/`); they are skipped by default. */
  includeTests?: boolean;
  /** Keep only these files (absolute paths), e.g. those changed since a git ref; applied before sharding. */
  restrictTo?: readonly string[];
  /** Collects folders that could not be read while walking (their files are not processed). */
  unreadable?: { folder: string; reason: string }[];
}

/** A path given on the command line that does not exist. */
export class MissingPathError extends Error {
  constructor(readonly missing: string) {
    super(`path not found: ${missing}`);
  }
}

export class ShardFormatError extends Error {}

/** `"2/4"` -> { index: 2, count: 4 }; throws ShardFormatError when malformed or out of range. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new ShardFormatError(`--shard expects I/N (e.g. 1/4), got '${text}'`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new ShardFormatError(`--shard ${text}: I must be between 1 and N`);
  }
  return { index, count };
}

/** The path as reports show it: relative to `cwd` with forward slashes, or absolute when outside. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return toPosix(file);
  return toPosix(relative);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** One `.gitignore`, whose patterns are relative to the folder it lives in. */
interface IgnoreLayer {
  base: string;
  rules: Ignore;
}

function readGitignore(dir: string): IgnoreLayer | null {
  const file = path.join(dir, '.gitignore');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return { base: dir, rules: ignore().add(text) };
}

/**
 * Git semantics across layers: outer files first, a deeper `.gitignore` may re-include (`!pattern`)
 * what an outer one excluded.
 */
function ignoredByGit(layers: readonly IgnoreLayer[], absolute: string, isDir: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    const relative = toPosix(path.relative(layer.base, absolute));
    if (!relative || relative.startsWith('..')) continue;
    const verdict = layer.rules.test(isDir ? `${relative}/` : relative);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

/**
 * The `.gitignore` files that apply to a walked folder from above: those of its ancestors up to
 * the repository root (the nearest folder holding `.git`). Outside a repository, none.
 */
function ancestorLayers(dir: string): IgnoreLayer[] {
  const chain: string[] = [];
  let current = path.dirname(dir);
  let repoRoot: string | null = fs.existsSync(path.join(dir, '.git')) ? dir : null;
  while (!repoRoot) {
    chain.push(current);
    if (fs.existsSync(path.join(current, '.git'))) repoRoot = current;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (!repoRoot || repoRoot === dir) return [];
  return chain
    .reverse()
    .map(readGitignore)
    .filter((layer): layer is IgnoreLayer => layer !== null);
}

/**
 * Files and folders -> the sorted list of files to process (absolute paths).
 *
 * Folders are walked: `node_modules` and `.git` are always skipped, `.gitignore` files (nested
 * ones relative to their own folder, and those of ancestor folders inside the same repository)
 * and `--ignore` globs are honoured, test files are skipped unless `includeTests`, and only files
 * with a listed extension are kept. A file named explicitly is always processed. `restrictTo`
 * then keeps only the listed files. The list is sorted by display path (code-unit order) so that
 * every machine sees the same order; `--shard I/N` keeps the files whose position in that list,
 * modulo N, is I-1.
 */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions = {}): string[] {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const extensions = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, '').toLowerCase()));
  const globs = (options.ignore ?? []).filter((g) => g.length > 0);
  const isIgnoredGlob = globs.length > 0 ? picomatch(globs as string[], { dot: true }) : () => false;
  const found = new Set<string>();

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new MissingPathError(given);
    }
    if (!stat.isDirectory()) {
      found.add(absolute);
      continue;
    }
    const layers = ancestorLayers(absolute);
    walk(absolute, layers, options.unreadable, (file) => {
      const ext = path.extname(file).slice(1).toLowerCase();
      if (!extensions.has(ext)) return;
      const fromCwd = toPosix(path.relative(cwd, file));
      const fromRoot = toPosix(path.relative(absolute, file));
      if (isIgnoredGlob(fromCwd) || isIgnoredGlob(fromRoot)) return;
      if (!options.includeTests && isTestFile(fromRoot)) return;
      found.add(file);
    });
  }

  const allowed = options.restrictTo ? new Set(options.restrictTo.map((f) => path.resolve(cwd, f))) : null;
  const sorted = [...found]
    .filter((file) => !allowed || allowed.has(file))
    .map((file) => ({ file, key: displayPath(file, cwd) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.file);
  return options.shard ? shardSlice(sorted, options.shard) : sorted;
}

/** The I-th of N slices: positions I-1, I-1+N, I-1+2N, ... of the sorted list. */
export function shardSlice<T>(sorted: readonly T[], shard: Shard): T[] {
  return sorted.filter((_, position) => position % shard.count === shard.index - 1);
}

function walk(
  dir: string,
  inherited: readonly IgnoreLayer[],
  unreadable: { folder: string; reason: string }[] | undefined,
  visit: (file: string) => void,
): void {
  const own = readGitignore(dir);
  const layers = own ? [...inherited, own] : inherited;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    // Reported, not skipped silently: the user may believe those files were checked.
    const code = (error as NodeJS.ErrnoException).code;
    unreadable?.push({ folder: dir, reason: `cannot read folder${code ? ` (${code})` : ''}: its files were not processed` });
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files; never links to folders (cycles, trees outside the project).
      try {
        isFile = fs.statSync(full).isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (isDir) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      if (ignoredByGit(layers, full, true)) continue;
      walk(full, layers, unreadable, visit);
    } else if (isFile) {
      if (ignoredByGit(layers, full, false)) continue;
      visit(full);
    }
  }
}
