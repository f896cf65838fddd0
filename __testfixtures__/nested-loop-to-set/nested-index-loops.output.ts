// @perfmod-check positionsOfKnown(g.array(g.str()), g.array(g.str()))
export function positionsOfKnown(tokens: string[], keywords: string[]): number[] {
  const positions: number[] = [];
  const keywordSet = new Set(keywords);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (keywordSet.has(token)) {
      positions.push(i);
    }
  }
  return positions;
}
