// allSettled in TypeScript, over a Set (copied once into an array), with a bare await per item.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check notify(g.service(['ping'], { failPercent: 40 }), g.array(g.int()))
export async function notify(api: Api, ids: number[]) {
  const failed: number[] = [];
  const unique = new Set(ids);
  const items = Array.from(unique);
  const settled = await Promise.allSettled(items.map((id) => api.ping(id)));
  for (const [index, id] of items.entries()) {
    const result = settled[index];
    if (result.status === 'rejected') {
      failed.push(id);
    }
  }
  return failed;
}
