// Typed arrays of items: xs.map; an index loop fills res[i]; a Set goes through Array.from.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check byIndex(g.service(['getName']), g.array(g.int()))
export async function byIndex(api: Api, ids: number[]) {
  const res: string[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    res[i] = await api.getName(ids[i], i);
  }
  return res;
}

// @perfmod-check fromSet(g.service(['getName']), g.array(g.int()))
export async function fromSet(api: Api, ids: number[]) {
  const unique = new Set(ids);
  const out: string[] = [];
  for (const { id } of [...unique].map((id) => ({ id }))) out.push(await api.getName(id));
  for (const id of unique) out.push(await api.getName(id));
  return out;
}
