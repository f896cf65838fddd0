// Literal tables from 6 elements up are worth a Set (the membership row of LOOKUP_THRESHOLDS).
const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE', 'POST', 'PATCH'];

const HTTP_METHOD_SET = new Set(HTTP_METHODS);

// @perfmod-check knownMethods(g.array(g.fc.constantFrom('GET', 'POST', 'get', 'BREW', 'PATCH')))
export function knownMethods(methods: string[]): string[] {
  return methods.filter((m) => HTTP_METHOD_SET.has(m));
}

// @perfmod-check contentWords(g.array(g.fc.constantFrom('the', 'cat', 'of', 'a', 'mat', 'in', 'on', 'at', 'to', 'an')))
export function contentWords(words: string[]): string[] {
  const kept: string[] = [];
  const knownValueSet = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at']);
  for (const w of words) {
    if (!knownValueSet.has(w)) kept.push(w);
  }
  return kept;
}
