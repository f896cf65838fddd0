// (Checks for `all`: array-lookup-to-map's literal threshold is lower than this transform's.)
// @perfmod-check validSides(g.array(g.fc.constantFrom('top', 'left', 'middle', 'Top', '')))
// @perfmod-check yesNo(g.array(g.fc.constantFrom('y', 'YES', 'no', 'True', '1', '')))
const SIDES = ['top', 'right', 'bottom', 'left'] as const;

export function validSides(input: string[]): string[] {
  return input.filter((s) => (SIDES as readonly string[]).includes(s));
}

export function yesNo(answers: string[]): boolean[] {
  return answers.map((a) => ['y', 'yes', 'true', '1'].indexOf(a.toLowerCase()) !== -1);
}
