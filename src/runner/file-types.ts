import * as path from 'node:path';

/** Extensions perfmod can parse (JavaScript and TypeScript, with JSX and Flow). */
export const PARSEABLE_EXTENSIONS: readonly string[] = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

/** Files that embed scripts in another language: perfmod would see markup as a syntax error. */
const EMBEDDED = new Set(['vue', 'svelte', 'astro', 'html', 'htm', 'md', 'mdx', 'marko']);

/**
 * Why a file cannot be read as JavaScript or TypeScript by its extension, or null. A file without
 * an extension (an executable script) is read as JavaScript; `--parser` overrides the choice.
 */
export function unsupportedFileType(file: string): string | null {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (ext === '' || PARSEABLE_EXTENSIONS.includes(ext)) return null;
  if (file.toLowerCase().endsWith('.d.ts')) return null;
  const what = EMBEDDED.has(ext) ? ` (scripts inside .${ext} files are not extracted)` : '';
  return `unsupported file type .${ext}${what}: perfmod reads ${PARSEABLE_EXTENSIONS.map((e) => `.${e}`).join(' ')}; --parser ts|tsx|babel reads it anyway`;
}
