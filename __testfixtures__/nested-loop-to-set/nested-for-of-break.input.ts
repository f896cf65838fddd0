// @perfmod-check commonWords(g.array(g.str()), g.array(g.str()))
export function commonWords(text: string[], dictionary: string[]): string[] {
  const found: string[] = [];
  for (const word of text) {
    for (const entry of dictionary) {
      if (entry === word) {
        found.push(word);
        break;
      }
    }
  }
  return found;
}
