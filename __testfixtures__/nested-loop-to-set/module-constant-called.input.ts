// Used only from functions that callers run per token: the loop is the callers'. Past the
// crossover, a Set built once at module load answers every call.
const KEYWORDS: readonly string[] = ['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do'];

// @perfmod-check isKeyword(g.oneof(g.constant('case'), g.constant('do'), g.str()))
export function isKeyword(word: string): boolean {
  return KEYWORDS.includes(word);
}

// @perfmod-check notKeyword(g.oneof(g.constant('class'), g.str()))
export function notKeyword(word: string): boolean {
  return KEYWORDS.indexOf(word) === -1;
}
