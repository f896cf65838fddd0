// Loops in single-statement slots (an if without braces, a label): the rewrite gets a block where it needs one.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check slots(g.service(['get', 'ping'], { failPercent: 25 }), g.array(g.int()), g.bool())
export async function slots(api: Api, ids: number[], again: boolean) {
  const ok: string[] = [];
  if (again) {
    const settled = await Promise.allSettled(ids.map((id) => api.get(id)));
    for (const [index, id] of ids.entries()) {
      const result = settled[index];
      if (result.status === 'fulfilled') {
        ok.push(result.value);
      } else {
        ok.push('failed');
      }
    }
  }
  return ok;
}

// @perfmod-check labelled(g.service(['ping']), g.array(g.int()))
export async function labelled(api: Api, ids: number[]) {
  outer:
  await Promise.all(ids.map((id) => api.ping(id)));
  return ids.length;
}
