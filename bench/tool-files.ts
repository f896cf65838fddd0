import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Real code for the tool benchmark and the corpus check: installed dependencies' sources. */
export const ROOT = path.resolve(__dirname, '..');
const SOURCE_EXTENSIONS = /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts)$/;
/** A fixed default for the benchmark: three ORMs' sources, about 540 files and 5 MB. */
export const BENCH_PACKAGES = ['knex', 'sequelize', 'mongoose'];

/** Every package the project depends on directly (package.json), in name order. */
export function dependencyPackages(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  return [...new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})])].sort()
    .filter((name) => fs.existsSync(path.join(ROOT, 'node_modules', name)));
}

/**
 * Source files of the given packages (or folders): no nested node_modules, no .d.ts, no
 * minified bundles (`*.min.js`), no `dist/` copies of sources also shipped elsewhere (umd, esm).
 */
export function sourceFiles(packagesOrFolders: readonly string[]): string[] {
  const files: string[] = [];
  for (const entry of packagesOrFolders) {
    const root = fs.existsSync(entry) ? path.resolve(entry) : path.join(ROOT, 'node_modules', entry);
    const walk = (dir: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name === 'node_modules' || e.name === '.git' || e.name === 'dist' || e.name === 'umd' || e.name === 'esm') continue;
          walk(full);
        } else if (e.isFile() && SOURCE_EXTENSIONS.test(e.name) && !e.name.endsWith('.d.ts') && !e.name.includes('.min.')) {
          files.push(full);
        }
      }
    };
    walk(root);
  }
  return files;
}

/** Copies files into a fresh temporary folder (same relative layout); returns the folder. */
export function copyToTemp(files: readonly string[], label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `perfmod-${label}-`));
  const base = commonRoot(files);
  for (const file of files) {
    const to = path.join(dir, path.relative(base, file));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(file, to);
  }
  return dir;
}

function commonRoot(files: readonly string[]): string {
  if (files.length === 0) return ROOT;
  let root = path.dirname(files[0]);
  for (const f of files) while (!f.startsWith(root + path.sep)) root = path.dirname(root);
  return root;
}

export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}
