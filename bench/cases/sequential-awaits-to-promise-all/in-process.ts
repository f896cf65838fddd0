// The same shapes with no I/O: the awaited functions answer at once (an in-memory cache hit).

const table = new Map<number, string>([[1, 'user'], [2, 'prefs'], [3, 'feed'], [4, 'ads'], [5, 'stats']]);

async function lookup(key: number): Promise<string> {
  return table.get(key % 5 + 1) ?? '';
}

async function two() {
  const user = await lookup(1);
  const prefs = await lookup(2);
  return [user, prefs];
}

async function three() {
  const user = await lookup(1);
  const prefs = await lookup(2);
  const feed = await lookup(3);
  return [user, prefs, feed];
}

async function five() {
  const user = await lookup(1);
  const prefs = await lookup(2);
  const feed = await lookup(3);
  const ads = await lookup(4);
  const stats = await lookup(5);
  return [user, prefs, feed, ads, stats];
}

export async function awaits(k: number) {
  if (k === 2) return two();
  if (k === 3) return three();
  return five();
}

export async function loop(ids: number[]) {
  const out: string[] = [];
  for (const id of ids) {
    out.push(await lookup(id));
  }
  return out;
}
