/**
 * Test files, skipped when walking folders (`--include-tests` keeps them): their speed rarely
 * matters, and a reviewer should not have to read rewrites of test code. A file named on the
 * command line is always processed.
 */
const TEST_NAME = /\.(test|spec)\.[^/]+$/i;

/** `path` is relative to the walked folder, with forward slashes. */
export function isTestFile(path: string): boolean {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  return TEST_NAME.test(name) || segments.includes('__tests__');
}
