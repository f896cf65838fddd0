// (TypeScript) A dependence ends a run and starts the next: (a, b) together, then (c, d) together.
// @perfmod-check chain(g.service(['getA', 'getB', 'getC', 'getD']), g.int())
export async function chain(api: any, id: any) {
  const [a, b] = await Promise.all([api.getA(id), api.getB(id)]);
  const [c, d] = await Promise.all([api.getC(a), api.getD(id)]);
  return [a, b, c, d];
}
