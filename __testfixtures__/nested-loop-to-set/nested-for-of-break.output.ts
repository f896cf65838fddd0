// @perfmod-check commonWords(g.array(g.str()), g.array(g.str()))
export function commonWords(text: string[], dictionary: string[]): string[] {
  const found: string[] = [];
  const dictionarySet = new Set(dictionary);
  for (const word of text) {
    if (dictionarySet.has(word)) {
      found.push(word);
    }
  }
  return found;
}
