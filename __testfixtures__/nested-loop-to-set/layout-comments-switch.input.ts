// Output quality: comments stay where they were without blank lines added, statements in a
// `case` get a block of their own, and nested blocks keep the file's 2-space indentation.
// @perfmod-check pick(g.int(), g.array(g.str()), g.array(g.str()))
export function pick(kind: number, a: string[], b: string[]): string[] {
  const out: string[] = [];
  switch (kind) {
    case 1:
      // shared names
      return a.filter((x) => b.includes(x));
    default:
      try {
        /** Keeps the outer order. */
        for (const x of a) { // each item once
          if (!b.includes(x)) out.push(x); // missing from b
        }
      } finally {
        out.push('done');
      }
  }
  return out;
}
