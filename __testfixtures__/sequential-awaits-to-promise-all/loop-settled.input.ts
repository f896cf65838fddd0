// allSettled in TypeScript, over a Set (copied once into an array), with a bare await per item.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check notify(g.service(['ping'], { failPercent: 40 }), g.array(g.int()))
export async function notify(api: Api, ids: number[]) {
  const failed: number[] = [];
  const unique = new Set(ids);
  for (const id of unique) {
    try {
      await api.ping(id);
    } catch {
      failed.push(id);
    }
  }
  return failed;
}
