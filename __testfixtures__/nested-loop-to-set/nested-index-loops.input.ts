// @perfmod-check positionsOfKnown(g.array(g.str()), g.array(g.str()))
export function positionsOfKnown(tokens: string[], keywords: string[]): number[] {
  const positions: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    for (let k = 0; k < keywords.length; ++k) {
      const keyword = keywords[k];
      if (token === keyword) {
        positions.push(i);
        break;
      }
    }
  }
  return positions;
}
