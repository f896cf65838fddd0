// Loops in single-statement slots (an if without braces, a label): the rewrite gets a block where it needs one.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check slots(g.service(['get', 'ping'], { failPercent: 25 }), g.array(g.int()), g.bool())
export async function slots(api: Api, ids: number[], again: boolean) {
  const ok: string[] = [];
  if (again)
    for (const id of ids) {
      try {
        ok.push(await api.get(id));
      } catch {
        ok.push('failed');
      }
    }
  return ok;
}

// @perfmod-check labelled(g.service(['ping']), g.array(g.int()))
export async function labelled(api: Api, ids: number[]) {
  outer: for (const id of ids) await api.ping(id);
  return ids.length;
}
