// Independent requests awaited one after another, as they appear in request handlers.

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  return response.text();
}

async function two(base: string) {
  const user = await fetchText(`${base}/user`);
  const prefs = await fetchText(`${base}/prefs`);
  return [user, prefs];
}

async function three(base: string) {
  const user = await fetchText(`${base}/user`);
  const prefs = await fetchText(`${base}/prefs`);
  const feed = await fetchText(`${base}/feed`);
  return [user, prefs, feed];
}

async function five(base: string) {
  const user = await fetchText(`${base}/user`);
  const prefs = await fetchText(`${base}/prefs`);
  const feed = await fetchText(`${base}/feed`);
  const ads = await fetchText(`${base}/ads`);
  const stats = await fetchText(`${base}/stats`);
  return [user, prefs, feed, ads, stats];
}

/** k awaits in a row (k = 2, 3 or 5) against the server at `base`. */
export async function awaits(k: number, base: string) {
  if (k === 2) return two(base);
  if (k === 3) return three(base);
  return five(base);
}

/** One request per item, in a loop. */
export async function loop(ids: number[], base: string) {
  const out: string[] = [];
  for (const id of ids) {
    out.push(await fetchText(`${base}/item/${id}`));
  }
  return out;
}
