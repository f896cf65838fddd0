import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCheckLines, type CheckLine } from './check-lines';

/**
 * Fixture discovery: `<root>/<transform>/<case>.input.<ext>`, with `<case>.output.<ext>` for a
 * positive case; an input without an output is a trap (must come out byte-identical).
 */

export const FIXTURE_EXTENSIONS = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts'] as const;
const FIXTURE_FILE = new RegExp(`^(.+)\\.(input|output)\\.(${FIXTURE_EXTENSIONS.join('|')})$`);

export interface FixtureCase {
  transform: string;
  name: string;
  ext: string;
  inputPath: string;
  /** Absent for a trap. */
  outputPath?: string;
  kind: 'trap' | 'positive';
}

export interface FixtureFolder {
  transform: string;
  dir: string;
  cases: FixtureCase[];
  /** `.output` files with no `.input` of the same case and extension. */
  orphanOutputs: string[];
}

export function discoverFixtures(root: string): FixtureFolder[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((transform) => discoverFolder(root, transform));
}

function discoverFolder(root: string, transform: string): FixtureFolder {
  const dir = path.join(root, transform);
  const inputs = new Map<string, { name: string; ext: string }>();
  const outputs = new Set<string>();
  for (const file of fs.readdirSync(dir).sort()) {
    const match = FIXTURE_FILE.exec(file);
    if (!match) continue;
    const [, name, role, ext] = match;
    if (role === 'input') inputs.set(`${name}.${ext}`, { name, ext });
    else outputs.add(`${name}.${ext}`);
  }
  const cases: FixtureCase[] = [...inputs].map(([key, { name, ext }]) => {
    const hasOutput = outputs.has(key);
    return {
      transform,
      name,
      ext,
      inputPath: path.join(dir, `${name}.input.${ext}`),
      ...(hasOutput ? { outputPath: path.join(dir, `${name}.output.${ext}`) } : {}),
      kind: hasOutput ? 'positive' : 'trap',
    };
  });
  const orphanOutputs = [...outputs].filter((key) => !inputs.has(key)).map((key) => {
    const dot = key.lastIndexOf('.');
    return path.join(dir, `${key.slice(0, dot)}.output.${key.slice(dot + 1)}`);
  });
  return { transform, dir, cases, orphanOutputs };
}

/**
 * Everything wrong with the fixture layout, one sentence each: a registered transform without a
 * folder, a folder without a registered transform, without a trap or without a positive case, an
 * output without its input, a positive case without (or with malformed) `@perfmod-check` lines.
 */
export function layoutProblems(root: string, folders: FixtureFolder[], transformIds: readonly string[]): string[] {
  const problems: string[] = [];
  const rel = (p: string) => path.relative(path.dirname(root), p);
  const byId = new Map(folders.map((f) => [f.transform, f]));
  for (const id of transformIds) {
    if (!byId.has(id)) problems.push(`transform '${id}' has no fixture folder ${rel(path.join(root, id))}`);
  }
  for (const folder of folders) {
    if (!transformIds.includes(folder.transform)) {
      problems.push(`${rel(folder.dir)}: no registered transform '${folder.transform}'`);
    }
    if (!folder.cases.some((c) => c.kind === 'trap')) {
      problems.push(`${rel(folder.dir)}: no trap (an .input without .output that must stay unchanged)`);
    }
    if (!folder.cases.some((c) => c.kind === 'positive')) {
      problems.push(`${rel(folder.dir)}: no positive case (an .input with its .output)`);
    }
    for (const orphan of folder.orphanOutputs) problems.push(`${rel(orphan)}: output without an .input`);
    for (const c of folder.cases.filter((x) => x.kind === 'positive')) {
      try {
        if (checkLinesOf(c).length === 0 && !executedOnDatabase(c)) problems.push(`${rel(c.inputPath)}: positive case without a @perfmod-check line`);
      } catch (error) {
        problems.push(`${rel(c.inputPath)}: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}

export function checkLinesOf(fixture: FixtureCase): CheckLine[] {
  return parseCheckLines(fs.readFileSync(fixture.inputPath, 'utf8'));
}

/**
 * A case whose first line is `// orm: <name>` runs against a real database, not on generated
 * values: `__tests__/n-plus-one-exec.test.ts` executes it (format in its folder's README.md).
 */
export function executedOnDatabase(fixture: FixtureCase): boolean {
  return /^\/\/ orm: [a-z]+\s*$/m.test(fs.readFileSync(fixture.inputPath, 'utf8').split(/\r?\n/, 1)[0]);
}

/** Per-transform options for every case of a folder, from its `perfmod.config.json` (as the CLI's `--config`). */
export function folderConfig(fixture: FixtureCase): Record<string, Record<string, unknown>> | undefined {
  const file = path.join(path.dirname(fixture.inputPath), 'perfmod.config.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}
