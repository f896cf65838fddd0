/** Words of a text that are in the dictionary: two nested loops with push + break, O(n·m). */
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
