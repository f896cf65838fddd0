// Assignments to a variable and to properties: the properties are assigned after the all, in order.
type Api = { [method: string]: (...args: unknown[]) => Promise<string> };

// @perfmod-check fill(g.service(['getUser', 'getPrefs', 'getTotal']), g.int())
export async function fill(api: Api, id: number) {
  const res: Record<string, string> = {};
  let total = '';
  const [user2, prefs, total2] = await Promise.all([api.getUser(id), api.getPrefs(id), api.getTotal(id)]);
  res.user = user2;
  res['prefs'] = prefs;
  total = total2;
  return { res, total };
}
