const SIDES = ['top', 'right', 'bottom', 'left'] as const;

export function validSides(input: string[]): string[] {
  return input.filter((s) => (SIDES as readonly string[]).includes(s));
}

export function yesNo(answers: string[]): boolean[] {
  return answers.map((a) => ['y', 'yes', 'true', '1'].indexOf(a.toLowerCase()) !== -1);
}
