// Literals in TypeScript: the tuple type of Promise.all keeps each element's type.
type Api = Record<string, (...args: unknown[]) => Promise<string>>;

// @perfmod-check page(g.service(['getUser', 'getPrefs']), g.int())
export async function page(api: Api, id: number): Promise<{ user: string; prefs: string }> {
  const result = { user: await api.getUser(id), prefs: await api.getPrefs(id) };
  return result;
}
