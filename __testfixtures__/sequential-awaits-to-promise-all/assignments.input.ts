// Assignments to a variable and to properties: the properties are assigned after the all, in order.
type Api = { [method: string]: (...args: unknown[]) => Promise<string> };

// @perfmod-check fill(g.service(['getUser', 'getPrefs', 'getTotal']), g.int())
export async function fill(api: Api, id: number) {
  const res: Record<string, string> = {};
  let total = '';
  res.user = await api.getUser(id);
  res['prefs'] = await api.getPrefs(id);
  total = await api.getTotal(id);
  return { res, total };
}
