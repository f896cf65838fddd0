// (TypeScript) Each later await reads what the one before it produced: directly, through a closure, or through a target.
// @perfmod-check direct(g.service(['getUser', 'getOrders']), g.int())
export async function direct(api: any, id: any) {
  const user = await api.getUser(id);
  const orders = await api.getOrders(user);
  return orders;
}

// @perfmod-check viaClosure(g.service(['getUser', 'getOrders']), g.int())
export async function viaClosure(api: any, id: any) {
  let current: string | null = null;
  const ordersOfCurrent = () => api.getOrders(current);
  current = await api.getUser(id);
  const orders = await ordersOfCurrent();
  return orders;
}

// @perfmod-check closureWrites(g.service(['getUser', 'getOrders']), g.int())
export async function closureWrites(api: any, id: any) {
  let seen = 0;
  const tally = async (p: any) => { const v = await p; seen++; return `${v}#${seen}`; };
  const a = await tally(api.getUser(id));
  const b = await tally(api.getOrders(id));
  return [a, b];
}

// @perfmod-check indexMoves(g.service(['getA', 'getB']), g.int())
export async function indexMoves(api: any, id: any) {
  const res: Record<string, string> = {};
  let key = 'a';
  res[key] = await api.getA(id);
  key = await api.getB(id);
  return [res, key];
}
