// (TypeScript) A dependence ends a run and starts the next: (a, b) together, then (c, d) together.
// @perfmod-check chain(g.service(['getA', 'getB', 'getC', 'getD']), g.int())
export async function chain(api: any, id: any) {
  const a = await api.getA(id);
  const b = await api.getB(id);
  const c = await api.getC(a);
  const d = await api.getD(id);
  return [a, b, c, d];
}
