// (TypeScript) One awaited call per item, pushed in order: results keep the items' order.
// @perfmod-check names(g.service(['getName']), g.array(g.int()))
export async function names(api: any, ids: any) {
  const out: string[] = [];
  for (const id of ids) {
    out.push(await api.getName(id));
  }
  return out;
}

// @perfmod-check touchAll(g.service(['touch']), g.array(g.int()))
export async function touchAll(api: any, ids: any) {
  for (const id of ids) await api.touch(id);
  return ids.length;
}
