// `text.includes(word)` is a substring search on a string: a Set would change the answer.
export function mentioned(words: string[], text: string): string[] {
  return words.filter((word) => text.includes(word));
}

export function headerNamed(lines: string[], header: string): number[] {
  return lines.map((line) => header.indexOf(line));
}
