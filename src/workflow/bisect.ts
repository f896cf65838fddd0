/**
 * Delta debugging over change ids: given a set whose application makes the command fail, find the
 * changes to revert. `fails(subset)` applies exactly `subset` to the original tree and runs the
 * command. Each round narrows the failing set to a 1-minimal one (ddmin: halves, then smaller
 * parts and their complements): every member is needed for the failure, so all of them are
 * reverted together; rounds repeat until the rest passes. Results are cached by subset.
 */
export async function findCulprits(
  ids: readonly string[],
  fails: (subset: readonly string[]) => Promise<boolean>,
): Promise<{ culprits: string[][]; kept: string[] }> {
  const cache = new Map<string, boolean>();
  const test = async (subset: readonly string[]): Promise<boolean> => {
    const key = [...subset].sort().join(',');
    let failed = cache.get(key);
    if (failed === undefined) {
      failed = subset.length === 0 ? false : await fails(subset);
      cache.set(key, failed);
    }
    return failed;
  };
  const culprits: string[][] = [];
  let rest = [...ids];
  while (rest.length > 0 && (await test(rest))) {
    const minimal = await ddmin(rest, test);
    culprits.push(minimal);
    rest = rest.filter((id) => !minimal.includes(id));
  }
  return { culprits, kept: rest };
}

async function ddmin(failing: readonly string[], test: (subset: readonly string[]) => Promise<boolean>): Promise<string[]> {
  let current = [...failing];
  let granularity = 2;
  while (current.length >= 2) {
    const parts = split(current, granularity);
    let narrowed = false;
    for (const part of parts) {
      if (await test(part)) {
        current = part;
        granularity = 2;
        narrowed = true;
        break;
      }
    }
    if (!narrowed && granularity > 2) {
      for (const part of parts) {
        const complement = current.filter((id) => !part.includes(id));
        if (await test(complement)) {
          current = complement;
          granularity = Math.max(granularity - 1, 2);
          narrowed = true;
          break;
        }
      }
    }
    if (!narrowed) {
      if (granularity >= current.length) break;
      granularity = Math.min(current.length, granularity * 2);
    }
  }
  return current;
}

function split<T>(items: readonly T[], parts: number): T[][] {
  const out: T[][] = [];
  const size = items.length / parts;
  for (let i = 0; i < parts; i++) {
    const part = items.slice(Math.round(i * size), Math.round((i + 1) * size));
    if (part.length > 0) out.push(part);
  }
  return out;
}
