// Literal tables from 6 elements up are worth a Set (the membership row of LOOKUP_THRESHOLDS).
const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE', 'POST', 'PATCH'];

// @perfmod-check knownMethods(g.array(g.fc.constantFrom('GET', 'POST', 'get', 'BREW', 'PATCH')))
export function knownMethods(methods: string[]): string[] {
  return methods.filter((m) => HTTP_METHODS.includes(m));
}

// @perfmod-check contentWords(g.array(g.fc.constantFrom('the', 'cat', 'of', 'a', 'mat', 'in', 'on', 'at', 'to', 'an')))
export function contentWords(words: string[]): string[] {
  const kept: string[] = [];
  for (const w of words) {
    if (!['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at'].includes(w)) kept.push(w);
  }
  return kept;
}
