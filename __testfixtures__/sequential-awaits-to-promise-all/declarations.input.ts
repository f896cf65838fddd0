// (TypeScript) Independent reads in a row: const, let (reassigned later), destructuring.
// @perfmod-check profile(g.service(['getUser', 'getPrefs', 'getFeed']), g.int())
export async function profile(api: any, id: any) {
  const user = await api.getUser(id);
  let { length } = await api.getPrefs(id);
  const [first] = await api.getFeed(id, 10);
  if (length > 20) length = 20;
  return { user, length, first };
}
