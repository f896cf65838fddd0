const KEYWORDS = ['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do'];

const KEYWORD_SET = new Set(KEYWORDS);

// @perfmod-check isKeyword(g.oneof(g.constant('case'), g.constant('do'), g.str()))
export function isKeyword(word) {
  return KEYWORD_SET.has(word);
}
