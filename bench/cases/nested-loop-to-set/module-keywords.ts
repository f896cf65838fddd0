const KEYWORDS: readonly string[] = [
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
];

function isKeyword(word: string): boolean {
  return KEYWORDS.includes(word);
}

/** How many tokens are keywords: the module constant is scanned once per call, per token. */
export function countKeywords(tokens: string[]): number {
  let n = 0;
  for (const t of tokens) if (isKeyword(t)) n++;
  return n;
}
