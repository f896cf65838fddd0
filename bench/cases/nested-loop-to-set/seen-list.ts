/** The distinct words of a text, in order: a seen-list that only grows, O(n·distinct). */
export function distinctWords(words: string[]): string[] {
  const seen: string[] = [];
  for (const w of words) {
    if (!seen.includes(w)) seen.push(w);
  }
  return seen;
}
