// @perfmod-check positionsOfKnown(g.array(g.str()), g.array(g.str()))
export function positionsOfKnown(tokens: string[], keywords: string[]): number[] {
  const positions: number[] = [];
  const keywordsSet = new Set(keywords);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (keywordsSet.has(token)) {
      positions.push(i);
    }
  }
  return positions;
}
