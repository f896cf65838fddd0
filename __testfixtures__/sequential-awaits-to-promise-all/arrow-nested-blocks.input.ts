// Arrow functions and nested blocks: each block's run is its own Promise.all.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

export const summary = async (api: Api, id: number, full: boolean) => {
  if (full) {
    const a = await api.getA(id);
    const b = await api.getB(id);
    return [a, b];
  }
  {
    const c = await api.getC(id);
    const d = await api.getD(id);
    return [c, d];
  }
};

// @perfmod-check run(g.service(['getA', 'getB', 'getC', 'getD']), g.int(), g.bool())
export async function run(api: Api, id: number, full: boolean) {
  return summary(api, id, full);
}
