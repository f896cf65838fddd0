const KEYWORDS = ['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do'];

// @perfmod-check isKeyword(g.oneof(g.constant('case'), g.constant('do'), g.str()))
export function isKeyword(word) {
  return KEYWORDS.includes(word);
}
